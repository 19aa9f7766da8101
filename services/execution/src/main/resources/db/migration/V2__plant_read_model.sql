-- Scheduling's work centers and machines, as far as the shop floor needs them: which machine codes exist
-- and where they stand. Filled only from scheduling.work-centers.v1; nothing here is edited by hand.

create table work_center (
    code       text primary key,
    name       text        not null,
    -- scheduling's version of the work center: an event with a version at or below it is old news
    version    bigint      not null,
    changed_at timestamptz not null
);

create table machine (
    code             text primary key,
    work_center_code text        not null references work_center (code),
    name             text        not null,
    calendar_code    text        not null default '',
    -- changed_at of the work-center event that last listed this machine: when a machine moves to another
    -- work center, the two work centers' events may arrive in either order and the later claim wins
    claimed_at       timestamptz not null
);
create index machine_work_center on machine (work_center_code);
