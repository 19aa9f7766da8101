-- The item master copy (platform-items) keeps whether scheduling serialises the item.
alter table item add column serialised boolean not null default false;

-- Each finished lot received from execution, as reported: the production labels of an order are printed from it (the
-- ledger knows the stock, not which order made which lot with which expiry). One row per output, like the receipt.
create table production_receipt (
    output_id    uuid primary key,
    order_number text           not null,
    item_code    text           not null,
    lot          text           not null,
    quantity     numeric(18, 6) not null,
    unit         text           not null,
    expires_on   date,
    received_at  timestamptz    not null
);
create index production_receipt_order on production_receipt (order_number);
