-- Work instructions per routing operation, keyed by the item the order makes and the operation's sequence: the steps
-- (text, optional Chinese text and image) and the data-collection fields, kept as one document, so a replacement is
-- one row's update and never leaves half of the old instruction behind. The revision counts changes of the content.
create table work_instruction (
    id                 uuid primary key,
    item_code          text        not null,
    operation_sequence integer     not null,
    content            jsonb       not null,
    revision           integer     not null,
    changed_at         timestamptz not null,
    changed_by         text        not null,
    version            bigint      not null default 0,
    unique (item_code, operation_sequence)
);

-- The instructions' images, uploaded by planners: the bytes in the database like everything else the service keeps.
create table work_instruction_image (
    name         text primary key,
    content_type text        not null,
    bytes        bytea       not null,
    sha256       text        not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text        not null
);

-- What operators recorded on an operation: one row per value, every recording kept (a value recorded again is a new
-- row; the latest per field counts). The field's definition is copied at the time of recording, so a later change of
-- the instruction does not change what a value was judged against. collection_id groups one request's values.
create table collected_value (
    id                 uuid primary key,
    collection_id      uuid        not null,
    order_id           uuid        not null,
    operation_sequence integer     not null,
    field_code         text        not null,
    kind               text        not null check (kind in ('MEASUREMENT', 'CHECKBOX')),
    measured           numeric(18, 6),
    checked            boolean,
    lower_limit        numeric(18, 6),
    upper_limit        numeric(18, 6),
    unit               text,
    within_limits      boolean,
    recorded_at        timestamptz not null,
    recorded_by        text        not null,
    terminal           text,
    check ((kind = 'MEASUREMENT') = (measured is not null)),
    check ((kind = 'CHECKBOX') = (checked is not null))
);
create index collected_value_operation on collected_value (order_id, operation_sequence, recorded_at);
create index collected_value_collection on collected_value (collection_id);

-- The shop floor's copy of quality's SPC alerts (quality.spc-alerts.v1): the job list shows the recent ones per item.
create table spc_alert (
    id             uuid primary key,
    item_code      text        not null,
    characteristic text        not null,
    rule           integer     not null,
    rule_text      text        not null,
    measured       text        not null,
    lot            text        not null,
    raised_at      timestamptz not null
);
create index spc_alert_item on spc_alert (item_code, raised_at desc);
