-- What each work center has to do: one entry per released order operation.
create table dispatch_entry (
    id                 uuid primary key,
    order_id           uuid           not null,
    order_number       text           not null,
    item_code          text           not null,
    quantity           numeric(18, 6) not null,
    unit               text           not null,
    due_date           timestamptz    not null,
    operation_sequence integer        not null,
    work_center_code   text           not null,
    description        text           not null,
    setup_minutes      bigint         not null,
    run_minutes        numeric(18, 4) not null,
    status             text           not null,
    released_at        timestamptz    not null,
    version            bigint         not null default 0,
    -- a released order has exactly one set of entries, however often its event arrives
    unique (order_id, operation_sequence)
);
create index dispatch_entry_work_center on dispatch_entry (work_center_code, status, due_date);
