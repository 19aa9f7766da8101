-- Every measured value of a characteristic, in the order it was recorded: the individuals chart the run rules watch.
create table spc_measurement (
    seq               bigserial primary key,
    id                uuid           not null unique,
    item_code         text           not null,
    characteristic    text           not null,
    measured          numeric(18, 6) not null,
    measured_at       timestamptz    not null,
    inspection_lot_id uuid,
    lot               text,
    supplier_code     text           not null default '',
    recorded_by       text           not null
);
create index spc_measurement_series on spc_measurement (item_code, characteristic, seq);

-- A characteristic's phase-I limits, frozen by a quality engineer: later points are judged against them.
create table spc_baseline (
    series         text primary key,   -- item code/characteristic code
    item_code      text             not null,
    characteristic text             not null,
    center         double precision not null,
    sigma          double precision not null check (sigma > 0),
    points         integer          not null,
    frozen_at      timestamptz      not null,
    frozen_by      text             not null
);
