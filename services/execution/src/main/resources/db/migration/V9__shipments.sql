-- What left the plant (warehouse.shipments.v1): one row per lot on each shipped handling unit, with the delivery and
-- the customer it went to. The genealogy's traces show a lot's shipments; the recall report finds where a suspect lot
-- went; the EPCIS shipping events are read from here. A unit's lines are kept once per delivery, however often the
-- event arrives.
create table shipped_line (
    delivery_id     uuid           not null,
    delivery_number text           not null,
    customer_code   text           not null,
    customer_name   text           not null,
    shipped_at      timestamptz    not null,
    shipped_by      text           not null,
    sscc            text           not null,
    pallet_sscc     text,                      -- null when the unit travels alone
    item_code       text           not null,
    lot             text           not null,
    quantity        numeric(18, 6) not null,
    unit            text           not null,
    serial_numbers  text[]         not null default '{}',
    primary key (delivery_id, sscc, item_code, lot)
);
create index shipped_line_lot on shipped_line (item_code, lot);
