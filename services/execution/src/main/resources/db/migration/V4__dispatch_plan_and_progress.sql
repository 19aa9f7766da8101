-- Where and when the published schedule wants each operation, and what the shop floor did with it.

alter table dispatch_entry
    -- the machine the schedule placed the operation on; once started, the machine it actually runs on
    add column machine_code        text,
    add column planned_setup_start timestamptz,
    add column planned_start       timestamptz,
    add column planned_end         timestamptz,
    add column schedule_id         text,
    -- published_at of the schedule the plan came from: an older schedule never overwrites a newer one
    add column plan_published_at   timestamptz,
    add column started_at          timestamptz,
    add column started_by          text,
    add column completed_at        timestamptz,
    add column completed_by        text,
    add column good_quantity       numeric(18, 6) check (good_quantity >= 0);

-- the dispatch list: open work of a work center in planned order
create index dispatch_entry_planned on dispatch_entry (work_center_code, planned_start) where status <> 'DONE';

-- A plan for an operation whose order has not arrived yet (schedules and released orders come on
-- different topics, so either may be first). The released-order consumer applies and deletes it.
create table pending_plan (
    id                  uuid primary key,
    order_id            uuid        not null,
    operation_sequence  integer     not null,
    machine_code        text        not null,
    planned_setup_start timestamptz not null,
    planned_start       timestamptz not null,
    planned_end         timestamptz not null,
    schedule_id         text        not null,
    plan_published_at   timestamptz not null,
    unique (order_id, operation_sequence)
);
