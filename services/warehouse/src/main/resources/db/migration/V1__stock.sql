-- Stock on hand, one row per item, lot and location. Status follows quality: QUARANTINE until an
-- incoming inspection releases it, BLOCKED when rejected.
create table stock_entry (
    id          uuid primary key,
    item_code   text           not null,
    lot         text           not null,
    location    text           not null,
    quantity    numeric(18, 6) not null check (quantity >= 0),
    unit        text           not null,
    status      text           not null check (status in ('AVAILABLE', 'QUARANTINE', 'BLOCKED')),
    expires_on  date,
    received_at timestamptz    not null,
    version     bigint         not null default 0,
    unique (item_code, lot, location)
);
create index stock_entry_item on stock_entry (item_code);
