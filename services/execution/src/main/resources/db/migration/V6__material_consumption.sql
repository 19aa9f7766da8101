-- What each operation of a released order consumes: the order item's direct BOM components assigned to it in
-- scheduling's master data, fixed at release (a later BOM change does not change an order on the floor).
create table operation_component (
    order_id           uuid           not null,
    operation_sequence integer        not null,
    item_code          text           not null,
    quantity           numeric(18, 6) not null,
    unit               text           not null,
    primary key (order_id, operation_sequence, item_code)
);

-- A work center may take only material staged at it (scheduling's master data, WorkCenterChanged.requires_staging).
alter table work_center add column requires_staging boolean not null default false;

-- The item master copy (platform-items): GTINs on scanned labels name items.
create table item (
    code           text primary key,
    description    text,
    unit           text,
    make_or_buy    text,
    gtin           text,
    product_family text,
    supplier_code  text,
    version        bigint      not null,
    changed_at     timestamptz not null,
    purchase_units text
);
create index item_gtin on item (gtin) where gtin is not null;

-- Quality's holds (quality.holds.v1): stock under suspicion is never consumed, even before warehouse has blocked it.
create table stock_hold (
    id            uuid primary key,
    number        text        not null,
    item_code     text        not null,
    lot           text        not null,  -- empty: every lot of the item
    supplier_code text        not null,  -- empty: whoever delivered or made it
    reason        text        not null,
    placed_by     text        not null,
    placed_at     timestamptz not null,
    lifted_at     timestamptz,
    lifted_by     text,
    lift_reason   text
);
create index stock_hold_on on stock_hold (item_code) where lifted_at is null;

-- Material an operator scanned into an operation; the id is the consumption_id of its MaterialConsumed event.
create table material_consumption (
    id                 uuid primary key,
    order_id           uuid           not null,
    order_number       text           not null,
    operation_sequence integer        not null,
    work_center_code   text           not null,
    item_code          text           not null,
    lot                text           not null,
    sscc               text,
    quantity           numeric(18, 6) not null check (quantity > 0),
    unit               text           not null,
    -- not staged at the work center: consumed from where it lay
    unstaged           boolean        not null,
    consumed_at        timestamptz    not null,
    consumed_by        text           not null,
    -- warehouse has issued it (a LotStock answer said so): no longer counted against the lot's stock here
    issued             boolean        not null default false
);
create index material_consumption_operation on material_consumption (order_id, operation_sequence, consumed_at);
create index material_consumption_pending on material_consumption (item_code, lot) where not issued;

-- The plant's own lot numbers for what it produces (FL-000001...): completing an order's last operation reports
-- its good quantity as one finished lot, which warehouse receives and quality may inspect.
create sequence finished_lot_seq;
alter table dispatch_entry add column output_lot text;
