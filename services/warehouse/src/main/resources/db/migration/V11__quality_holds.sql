-- Quality's holds as warehouse knows them (quality.holds.v1): while a hold is active, the stock it covers stays
-- BLOCKED. What each hold blocked is in the ledger (STATUS_CHANGE movements with the hold number as reference);
-- this table says which holds are on. A lift that arrives before its placement is kept here as lifted, so the late
-- placement blocks nothing: placed_at and placed_by stay empty until it comes.
create table quality_hold (
    id            uuid primary key,
    number        text        not null,
    item_code     text        not null,
    -- '' holds every lot of the item
    lot           text        not null default '',
    -- informational: stock rows carry no supplier, so warehouse blocks the item or lot whoever delivered it
    supplier_code text        not null default '',
    reason        text,
    placed_at     timestamptz,
    placed_by     text,
    lifted_at     timestamptz,
    lifted_by     text,
    lift_reason   text,
    active        boolean     not null,
    version       bigint      not null default 0,
    check (not active or lifted_at is null)
);
create index quality_hold_item on quality_hold (item_code);
create index quality_hold_active on quality_hold (item_code, lot) where active;
