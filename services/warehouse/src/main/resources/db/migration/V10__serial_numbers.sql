-- Serial numbers of the plant's serialised finished goods (GS1 SGTIN serials from the production output), so a shipment
-- says which units went to which customer: in stock while delivery_id is null, then on the handling unit packed.
create table serial_number (
    item_code    text not null,
    serial       text not null,
    lot          text not null,
    order_number text not null,
    sscc         text,
    delivery_id  uuid,
    version      bigint not null default 0,
    primary key (item_code, serial)
);
create index serial_number_in_stock on serial_number (item_code, lot, serial) where delivery_id is null;
