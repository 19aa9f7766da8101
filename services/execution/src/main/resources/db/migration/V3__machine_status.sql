-- Execution's own word on each machine: down since a breakdown report, up again after repair.
-- A machine without a row has never been reported down, so it is up.
create table machine_state (
    machine_code   text primary key,
    status         text        not null check (status in ('UP', 'DOWN')),
    reason         text,
    expected_up_at timestamptz,
    changed_at     timestamptz not null,
    changed_by     text        not null,
    version        bigint      not null default 0
);
