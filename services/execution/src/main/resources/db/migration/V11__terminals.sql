-- The shop-floor terminals: each bound to the work center (and optionally the machine) it stands at, so every
-- action taken at it is known to have happened there. Registered by a planner or an administrator.
create table terminal (
    code             text primary key,
    name             text        not null,
    work_center_code text        not null,
    machine_code     text,
    registered_at    timestamptz not null,
    registered_by    text        not null
);
