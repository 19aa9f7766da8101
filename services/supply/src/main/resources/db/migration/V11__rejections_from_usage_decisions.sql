-- Quality's usage decisions on incoming lots (quality.usage-decisions.v1) charged to the deliveries their goods
-- receipt scored: the PPM of the suppliers' scorecards.

-- What one line of a goods receipt brought onto a delivery: the item's lot and what went into stock. A decision names
-- the receipt, item and lot; a lot on several order lines is charged line by line in the receipt's order (ordinal).
create table receipt_line (
    receipt_id        uuid          not null,
    ordinal           int           not null,
    purchase_order_id uuid          not null,
    line_number       int           not null,
    received_on       date          not null,
    item_code         text          not null,
    lot               text          not null,
    -- received less damaged, in the receipt's unit (the delivery's); quality inspects only what went into stock
    into_stock        numeric(18,6) not null,
    -- the item's base units in one of that unit (decisions count in base units): 50 for a BOX of 50, else 1
    base_per_unit     numeric(18,6) not null,
    -- charged to this line by decisions so far, in the receipt's unit; never more than into_stock
    rejected_quantity numeric(18,6) not null default 0,
    primary key (receipt_id, ordinal),
    foreign key (purchase_order_id, line_number, received_on) references delivery
);

-- Every decision that rejected something of a supplier's goods receipt, once per decision id; charged_at is null while
-- its receipt has not come (the decision waits here for it).
create table usage_decision (
    decision_id       uuid          primary key,
    receipt_id        uuid          not null,
    item_code         text          not null,
    lot               text          not null,
    -- blocked, scrapped and returned to the supplier: everything not released, in the item's base unit
    rejected_quantity numeric(18,6) not null,
    decided_at        timestamptz   not null,
    charged_at        timestamptz
);
create index usage_decision_waiting on usage_decision (receipt_id) where charged_at is null;
