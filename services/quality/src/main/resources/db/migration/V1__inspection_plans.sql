-- How an item is inspected: sampling per ISO 2859-1 (AQL, inspection level) and what to measure.
create table inspection_plan (
    id               uuid primary key,
    code             text         not null unique,
    item_code        text         not null,
    inspection_type  text         not null check (inspection_type in ('INCOMING', 'IN_PROCESS', 'FINAL')),
    aql              numeric(6, 3) not null check (aql > 0),
    inspection_level text         not null check (inspection_level in ('S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III')),
    active           boolean      not null default true,
    version          bigint       not null default 0
);
-- one active plan per item and inspection type
create unique index inspection_plan_active on inspection_plan (item_code, inspection_type) where active;

create table inspection_characteristic (
    plan_id     uuid           not null references inspection_plan (id) on delete cascade,
    position    integer        not null,
    code        text           not null,
    description text           not null,
    nominal     numeric(18, 6),
    lower_limit numeric(18, 6),
    upper_limit numeric(18, 6),
    unit        text,
    primary key (plan_id, position),
    check (lower_limit is null or upper_limit is null or lower_limit <= upper_limit)
);
