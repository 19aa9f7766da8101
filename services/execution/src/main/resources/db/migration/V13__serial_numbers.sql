-- The item master copy (platform-items) keeps whether scheduling serialises the item.
alter table item add column serialised boolean not null default false;

-- Serial numbers of serialised finished units: one per good piece of an order's finished lot, given when its last
-- operation completes. Drawn from one plant-wide sequence, so a serial is unique per item (the key says so) and across
-- the plant; written without leading zeros from 100000001 on: valid as GS1 AI (21) and encodable in an SGTIN-96 tag.
create sequence produced_serial_seq start with 100000001;
create table produced_serial (
    item_code    text        not null,
    serial       text        not null check (length(serial) <= 20),
    lot          text        not null,
    order_id     uuid        not null,
    order_number text        not null,
    unit         text        not null,
    produced_at  timestamptz not null,
    produced_by  text        not null,
    primary key (item_code, serial)
);
create index produced_serial_lot on produced_serial (item_code, lot);
create index produced_serial_order on produced_serial (order_id);

-- A serialised unit scanned into an operation (by its SGTIN or (01)(21)): the genealogy shows the unit, not only its lot.
alter table material_consumption add column serial text;
alter table genealogy_edge add column from_serial text;
create index genealogy_edge_from_serial on genealogy_edge (from_item, from_serial) where from_serial is not null;
