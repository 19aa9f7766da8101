-- Read model of scheduling's item master (topic scheduling.items.v1), written only through items.Items.apply:
-- a value replaces the row only when its version is newer. Inspection plans name items by code without a
-- foreign key: a plan may be written before the item master reaches this copy. Only the code, version and
-- change time are sure to be there; the rest is stored as scheduling sent it (empty as null).
create table item (
    code           text primary key,
    description    text,
    unit           text,
    make_or_buy    text,
    gtin           text,
    product_family text,
    supplier_code  text,
    version        bigint      not null,
    changed_at     timestamptz not null
);
