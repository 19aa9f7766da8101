-- A machine's stop as its signals tell it: opened when its state becomes DOWN, ended when a known state other than
-- DOWN follows (silence does not end it: a machine switched off for its repair is still down). The operator classifies
-- it with a DOWNTIME reason code; without one it counts under the machine's own stop code.
create table downtime (
    id               uuid primary key,
    machine_code     text        not null,
    work_center_code text        not null,
    started_at       timestamptz not null,
    ended_at         timestamptz,
    stop_code        text,
    reason_code      text,
    classified_at    timestamptz,
    classified_by    text,
    -- the breakdown path: NONE (not reported), REPORTED (the signals reported the breakdown), REPAIRED (and its
    -- repair), LEFT (a person had reported or repaired the machine: theirs to handle)
    breakdown        text        not null default 'NONE' check (breakdown in ('NONE', 'REPORTED', 'REPAIRED', 'LEFT')),
    version          bigint      not null default 0,
    check (ended_at is null or ended_at >= started_at)
);
create unique index downtime_one_open_per_machine on downtime (machine_code) where ended_at is null;
create index downtime_machine_started on downtime (machine_code, started_at);
create index downtime_work_center_started on downtime (work_center_code, started_at);
-- the breakdown check: stops still to report, repairs still to make
create index downtime_breakdown_pending on downtime (started_at) where breakdown in ('NONE', 'REPORTED');

insert into reason_code (kind, code, name, name_zh, changed_at, changed_by) values
    ('DOWNTIME', 'TOOL_CHANGE', 'Tool change', '换刀', now(), 'flyway'),
    ('DOWNTIME', 'MATERIAL_JAM', 'Material jam', '卡料', now(), 'flyway'),
    ('DOWNTIME', 'QUALITY_CHECK', 'Quality check', '质量检查', now(), 'flyway')
on conflict do nothing;
