-- Rush orders weigh more in tardiness and trigger a reschedule; an order may not start before release_at.
alter table production_order
    add column priority   text not null default 'NORMAL' check (priority in ('NORMAL', 'RUSH')),
    add column release_at timestamptz;

-- What the shop floor reported: started operations are pinned when rescheduling, completed ones are gone.
create table operation_progress (
    order_id     uuid    not null references production_order (id),
    sequence     integer not null,
    machine_code text,
    started_at   timestamptz,
    completed_at timestamptz,
    primary key (order_id, sequence)
);

-- A schedule from request to publication. REQUESTED rows are the crash-safe queue of automatic reschedules
-- (machine down, rush order): written in the same transaction as their cause, started by whoever runs next.
create table schedule (
    id                 uuid primary key,
    kind               text        not null check (kind in ('SOLVE', 'MACHINE_DOWN', 'MACHINE_UP', 'RUSH_ORDER', 'MATERIAL_LATE', 'SIMULATION')),
    status             text        not null check (status in ('REQUESTED', 'SOLVING', 'SOLVED', 'PUBLISHED', 'SUPERSEDED', 'FAILED')),
    publish_when_solved boolean    not null default false,
    created_at         timestamptz not null,
    created_by         text        not null,
    origin             timestamptz,
    time_limit_seconds integer     not null check (time_limit_seconds between 1 and 300),
    seed               bigint      not null default 0,
    -- a what-if: this machine stops from simulated_from until simulated_until (null: open-ended)
    simulated_machine  text,
    simulated_from     timestamptz,
    simulated_until    timestamptz,
    broken_rules       bigint,
    instability        bigint,
    weighted_tardiness bigint,
    makespan_minutes   bigint,
    setup_minutes      bigint,
    problem_order      text,
    problem_operation  text,
    problem_detail     text,
    solved_at          timestamptz,
    published_at       timestamptz,
    version            bigint      not null default 0
);
create index schedule_status on schedule (status, created_at);
-- at most one schedule is the published one
create unique index schedule_one_published on schedule (status) where status = 'PUBLISHED';

create table schedule_operation (
    schedule_id  uuid        not null references schedule (id) on delete cascade,
    order_id     uuid        not null,
    sequence     integer     not null,
    machine_code text        not null,
    setup_start  timestamptz not null,
    start_at     timestamptz not null,
    end_at       timestamptz not null,
    pinned       boolean     not null default false,
    primary key (schedule_id, order_id, sequence)
);

-- multi-level explosion: on which BOM level a requirement first appears
alter table production_order_material add column bom_level integer not null default 1 check (bom_level > 0);

-- when a supplier promised the missing quantity of a bought component: the order's first operation waits for it
alter table production_order_material add column expected_at timestamptz;
