-- The warehouse's copy of the purchase orders supply sent (supply.purchase-orders.v1): goods of a supplier that sends
-- no ASN are received against an order line. The highest revision wins; a cancelled order takes no more receipts.
-- The number is supply's to keep unique; the copy is keyed by id and only looks numbers up (a topic that outlived a
-- supply database, as on a developer's machine, repeats PO-000001 under many ids).
create table purchase_order_copy (
    id            uuid primary key,
    number        text    not null,
    supplier_code text    not null,
    revision      int     not null,
    cancelled     boolean not null default false,
    -- {"lines":[{"lineNumber","itemCode","quantity","unit","status"}]}
    lines         jsonb   not null,
    version       bigint  not null default 0
);
create index purchase_order_copy_number on purchase_order_copy (number);
