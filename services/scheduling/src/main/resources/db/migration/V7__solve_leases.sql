-- Several replicas of the scheduling service share one queue. A replica claims a REQUESTED schedule by
-- moving it to SOLVING with its own name and a lease it renews while it solves; a replica that dies stops
-- renewing, and once the lease has run out another one fails the solve (and asks again for an automatic
-- reschedule). A stop asked of any replica is kept here, so the solving one finds it even if the signal
-- between them was lost.
alter table schedule
    add column solver         text,
    add column lease_until    timestamptz,
    add column stop_requested boolean not null default false;

create index schedule_leases on schedule (lease_until) where status = 'SOLVING';
