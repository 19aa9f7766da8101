-- How much of a received lot came in (received less damaged, in the line's unit): the quantity of its EPCIS receiving
-- event. Receipts kept before this column have none, and their events name the lot without a quantity.
alter table received_lot
    add column quantity numeric(18, 6),
    add column unit     text;
