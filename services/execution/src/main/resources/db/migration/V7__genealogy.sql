-- The genealogy of lots: an edge says that (part of) a lot went into a lot the plant produced, by which order and
-- operation, how much. Written in the transaction of the consumption or of the output that completes the pair, once
-- per consumption and produced lot; traced both ways by recursive queries.
create table genealogy_edge (
    id                 uuid primary key,
    from_item          text           not null,
    from_lot           text           not null,
    to_item            text           not null,
    to_lot             text           not null,
    order_id           uuid           not null,
    order_number       text           not null,
    operation_sequence integer        not null,
    quantity           numeric(18, 6) not null,
    unit               text           not null,
    consumption_id     uuid           not null,
    consumed_at        timestamptz    not null,
    consumed_by        text           not null,
    linked_at          timestamptz    not null,
    unique (consumption_id, to_item, to_lot)
);
create index genealogy_edge_from on genealogy_edge (from_item, from_lot);
create index genealogy_edge_to on genealogy_edge (to_item, to_lot);

-- Where received lots came from (warehouse.goods-receipts.v1): the supplier of a lot the plant did not make.
create table received_lot (
    receipt_id    uuid        not null,
    item_code     text        not null,
    lot           text        not null,
    supplier_code text        not null,
    sscc          text        not null,
    received_at   timestamptz not null,
    primary key (receipt_id, item_code, lot)
);
create index received_lot_lot on received_lot (item_code, lot);

-- The inspection lots that decided a lot (quality.usage-decisions.v1): shown on the lot's node of a trace.
create table lot_decision (
    decision_id           uuid primary key,
    inspection_lot_id     uuid        not null,
    inspection_lot_number text        not null,
    item_code             text        not null,
    lot                   text        not null,
    actions               text        not null,  -- e.g. "RELEASE 95 PCE, SCRAP 5 PCE"
    decided_at            timestamptz not null,
    decided_by            text        not null
);
create index lot_decision_lot on lot_decision (item_code, lot);
