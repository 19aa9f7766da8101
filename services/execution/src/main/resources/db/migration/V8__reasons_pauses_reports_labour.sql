-- The operator terminal's actions beyond start and complete: pause with a reason, resume, partial quantity reports
-- with scrap and rework reasons, time per operator, and the terminal each action was done at.

-- The plant's reason codes (master data): why pieces were scrapped or go to rework, why work paused, why a machine
-- stood. Planners and administrators define them; a code once used is deactivated, never deleted, so history keeps it.
create table reason_code (
    kind       text        not null check (kind in ('SCRAP', 'REWORK', 'PAUSE', 'DOWNTIME')),
    code       text        not null,
    name       text        not null,
    name_zh    text        not null,
    active     boolean     not null default true,
    changed_at timestamptz not null,
    changed_by text        not null,
    version    bigint      not null default 0,
    primary key (kind, code)
);

insert into reason_code (kind, code, name, name_zh, changed_at, changed_by) values
    ('SCRAP', 'DIMENSION', 'Out of tolerance', '尺寸超差', now(), 'flyway'),
    ('SCRAP', 'SURFACE', 'Surface defect', '表面缺陷', now(), 'flyway'),
    ('SCRAP', 'MATERIAL', 'Material defect', '材料缺陷', now(), 'flyway'),
    ('SCRAP', 'SETUP', 'Setup scrap', '调机废品', now(), 'flyway'),
    ('SCRAP', 'HANDLING', 'Damaged in handling', '搬运损坏', now(), 'flyway'),
    ('REWORK', 'DEBURR', 'Deburr', '去毛刺', now(), 'flyway'),
    ('REWORK', 'REMACHINE', 'Remachine', '重新加工', now(), 'flyway'),
    ('REWORK', 'CLEAN', 'Clean', '清洁', now(), 'flyway'),
    ('PAUSE', 'BREAK', 'Break', '休息', now(), 'flyway'),
    ('PAUSE', 'MATERIAL', 'Waiting for material', '等待物料', now(), 'flyway'),
    ('PAUSE', 'TOOL', 'Tool change', '换刀', now(), 'flyway'),
    ('PAUSE', 'QUALITY', 'Waiting for quality', '等待质检', now(), 'flyway'),
    ('PAUSE', 'MAINTENANCE', 'Maintenance', '设备维护', now(), 'flyway'),
    ('DOWNTIME', 'BREAKDOWN', 'Machine breakdown', '设备故障', now(), 'flyway'),
    ('DOWNTIME', 'NO_OPERATOR', 'No operator', '无操作员', now(), 'flyway'),
    ('DOWNTIME', 'NO_MATERIAL', 'No material', '缺料', now(), 'flyway'),
    ('DOWNTIME', 'PLANNED_MAINTENANCE', 'Planned maintenance', '计划维护', now(), 'flyway'),
    ('DOWNTIME', 'CHANGEOVER', 'Changeover', '换型', now(), 'flyway');

-- good_quantity is now the operation's running total (partial reports and the completion's own pieces); scrap and
-- rework are totalled beside it. pause_reason_code: why a PAUSED operation stands (null otherwise).
alter table dispatch_entry
    add column scrap_quantity    numeric(18, 6) check (scrap_quantity >= 0),
    add column rework_quantity   numeric(18, 6) check (rework_quantity >= 0),
    add column pause_reason_code text;

-- Time per operator: a period opens when an operator starts or resumes an operation and closes when it is paused or
-- completed. At most one is open per operation.
create table work_period (
    id                 uuid primary key,
    order_id           uuid        not null,
    operation_sequence integer     not null,
    operator           text        not null,
    started_at         timestamptz not null,
    started_terminal   text,
    ended_at           timestamptz,
    ended_by           text,
    ended_terminal     text,
    -- the PAUSE reason that ended it; null when the completion ended it
    pause_reason_code  text,
    check (ended_at is null or ended_at >= started_at)
);
create index work_period_operation on work_period (order_id, operation_sequence, started_at);
create unique index work_period_open on work_period (order_id, operation_sequence) where ended_at is null;

-- Every quantity report, partial or with the completion: who, when, at which terminal, and why pieces were scrapped or
-- go to rework. dispatch_entry holds the totals; these rows are the history behind them (QuantityReported events).
create table quantity_report (
    id                  uuid primary key,
    order_id            uuid           not null,
    operation_sequence  integer        not null,
    good_quantity       numeric(18, 6) not null check (good_quantity >= 0),
    scrap_quantity      numeric(18, 6) not null check (scrap_quantity >= 0),
    scrap_reason_code   text,
    rework_quantity     numeric(18, 6) not null check (rework_quantity >= 0),
    rework_reason_code  text,
    completes_operation boolean        not null,
    reported_at         timestamptz    not null,
    reported_by         text           not null,
    terminal            text,
    check (scrap_quantity = 0 or scrap_reason_code is not null),
    check (rework_quantity = 0 or rework_reason_code is not null)
);
create index quantity_report_operation on quantity_report (order_id, operation_sequence, reported_at);

-- the terminal a material scan was made at
alter table material_consumption add column terminal text;
