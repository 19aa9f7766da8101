-- The shop floor the scheduler plans: calendars, machines, what each operation takes on which machine,
-- and the changeover minutes between product families.

-- A calendar's weekly shifts and breaks are wall-clock times in its time zone (the plant's).
create table shift_calendar (
    code      text primary key,
    name      text   not null,
    time_zone text   not null,
    version   bigint not null default 0
);

-- A working window on a weekday (ISO: 1 = Monday). A shift that ends at or before it starts runs past
-- midnight into the next day (a night shift 22:00-06:00).
create table calendar_shift (
    calendar_code text     not null references shift_calendar (code) on delete cascade,
    day_of_week   smallint not null check (day_of_week between 1 and 7),
    starts_at     time     not null,
    ends_at       time     not null,
    primary key (calendar_code, day_of_week, starts_at)
);

-- A break inside a shift: no work unless the operation may pause (then it waits the break out).
create table calendar_break (
    calendar_code text     not null references shift_calendar (code) on delete cascade,
    day_of_week   smallint not null check (day_of_week between 1 and 7),
    starts_at     time     not null,
    ends_at       time     not null check (ends_at > starts_at),
    primary key (calendar_code, day_of_week, starts_at)
);

create table machine (
    code             text primary key,
    work_center_code text   not null references work_center (code),
    name             text   not null,
    calendar_code    text   not null references shift_calendar (code),
    -- DOWN while execution reports a breakdown that is not repaired yet
    status           text   not null default 'UP' check (status in ('UP', 'DOWN')),
    version          bigint not null default 0
);
create index machine_work_center on machine (work_center_code);

-- One-off closures: a holiday of a whole calendar, maintenance or a breakdown of one machine.
create table calendar_closure (
    id            uuid primary key,
    calendar_code text references shift_calendar (code) on delete cascade,
    machine_code  text references machine (code) on delete cascade,
    kind          text        not null check (kind in ('HOLIDAY', 'MAINTENANCE', 'BREAKDOWN')),
    starts_at     timestamptz not null,
    -- null: open-ended (a breakdown nobody knows the end of yet)
    ends_at       timestamptz check (ends_at > starts_at),
    reason        text        not null default '',
    check ((calendar_code is null) <> (machine_code is null))
);
create index calendar_closure_calendar on calendar_closure (calendar_code);
create index calendar_closure_machine on calendar_closure (machine_code);

-- Whether an operation may stop at a break and go on after it (a weld seam may not), and the transfer
-- batch after which the next operation may start on the first pieces (null: the whole lot moves on).
alter table routing_operation
    add column may_pause_at_breaks boolean not null default true,
    add column transfer_batch      numeric(18, 6) check (transfer_batch > 0);

-- The machines an operation may run on, each at its own speed (a flexible job shop). An operation without
-- rows here runs on any machine of its work center with the operation's own setup and run times.
create table routing_operation_machine (
    item_code            text           not null,
    sequence             integer        not null,
    machine_code         text           not null references machine (code),
    setup_minutes        integer        not null default 0 check (setup_minutes >= 0),
    run_minutes_per_unit numeric(12, 4) not null check (run_minutes_per_unit > 0),
    primary key (item_code, sequence, machine_code),
    foreign key (item_code, sequence) references routing_operation (item_code, sequence) on delete cascade
);

-- Sequence-dependent changeover minutes when a machine goes from one product family to another.
create table family_setup (
    from_family text    not null,
    to_family   text    not null,
    minutes     integer not null check (minutes >= 0),
    primary key (from_family, to_family)
);
