-- The stores' layout, the handling units in it, and the stock ledger with its balance projection.

-- Zones by what they are for; a staging zone belongs to the work center whose material it holds.
create table zone (
    code        text primary key,
    name        text not null,
    kind        text not null check (kind in ('DOCK', 'QUARANTINE', 'STORAGE', 'STAGING', 'SHIPPING')),
    work_center text
);

-- A bin is a place a clerk scans: its code is its barcode. Capacity in the base unit of what it holds
-- (null: not limited); item classes it may hold (empty: any), matched against the item's product family.
create table bin (
    code         text primary key,
    zone_code    text    not null references zone (code),
    capacity     numeric(18, 6) check (capacity > 0),
    item_classes text[]  not null default '{}',
    blocked      boolean not null default false,
    version      bigint  not null default 0
);
create index bin_zone on bin (zone_code);

-- A pallet or carton labelled with an SSCC. A carton may sit on a pallet (parent). Where it is and what it holds
-- is in the stock balances; this row says where it came from.
create table handling_unit (
    sscc          text primary key check (sscc ~ '^[0-9]{18}$'),
    parent_sscc   text references handling_unit (sscc),
    asn_id        uuid,
    supplier_code text,
    received_at   timestamptz not null,
    received_by   text        not null,
    version       bigint      not null default 0
);

-- The ledger: every movement of stock, never updated or deleted. A movement of goods from one place or status to
-- another is two rows of one posting (minus there, plus here), so every balance is the sum of its rows.
create table stock_movement (
    id           uuid primary key,
    seq          bigint generated always as identity unique,
    posting_id   uuid           not null,
    type         text           not null check (type in ('OPENING', 'RECEIPT', 'PUTAWAY', 'TRANSFER', 'PICK', 'ISSUE',
                                                         'PRODUCTION_RECEIPT', 'SHIPMENT', 'STATUS_CHANGE', 'SCRAP',
                                                         'COUNT_ADJUSTMENT')),
    item_code    text           not null,
    lot          text           not null,
    expires_on   date,
    status       text           not null check (status in ('AVAILABLE', 'QUARANTINE', 'BLOCKED')),
    bin_code     text           not null,
    sscc         text,
    quantity     numeric(18, 6) not null check (quantity <> 0),
    unit         text           not null,
    at           timestamptz    not null,
    actor        text           not null,
    reason       text,
    reference    text
);
create index stock_movement_lot on stock_movement (item_code, lot, seq);

create function stock_movement_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'stock movements are never changed or removed: post a correcting movement';
end $$;
create trigger stock_movement_immutable before update or delete on stock_movement
    for each row execute function stock_movement_is_immutable();

-- The balances: what each lot holds per status, bin and handling unit, written in the same transaction as the
-- movements that change it. A balance that reaches zero is removed; a balance is never negative.
create table stock_balance (
    id          uuid primary key,
    item_code   text           not null,
    lot         text           not null,
    expires_on  date,
    status      text           not null check (status in ('AVAILABLE', 'QUARANTINE', 'BLOCKED')),
    bin_code    text           not null,
    sscc        text,
    quantity    numeric(18, 6) not null check (quantity > 0),
    unit        text           not null,
    received_at timestamptz    not null,
    version     bigint         not null default 0,
    unique nulls not distinct (item_code, lot, status, bin_code, sscc)
);
create index stock_balance_item on stock_balance (item_code);
create index stock_balance_sscc on stock_balance (sscc) where sscc is not null;

-- Stock that was here before the ledger enters it as opening balances, so that its sums hold from the first day.
insert into stock_movement (id, posting_id, type, item_code, lot, expires_on, status, bin_code, quantity, unit, at, actor, reason)
select id, id, 'OPENING', item_code, lot, expires_on, status, location, quantity, unit, received_at, 'migration', 'opening balance'
from stock_entry where quantity > 0;
insert into stock_balance (id, item_code, lot, expires_on, status, bin_code, quantity, unit, received_at)
select id, item_code, lot, expires_on, status, location, quantity, unit, received_at
from stock_entry where quantity > 0;
drop table stock_entry;
