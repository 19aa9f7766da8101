-- Holds: a quality engineer holds every lot of an item, one lot, or one supplier's lot while it is under suspicion;
-- warehouse blocks what it covers and execution refuses to consume it until the hold is lifted. Each hold is kept
-- with who placed and lifted it, when and why.
create sequence hold_number_seq;

create table quality_hold (
    id            uuid primary key,
    number        text        not null unique,
    item_code     text        not null,
    lot           text        not null default '',   -- '': every lot of the item
    supplier_code text        not null default '',   -- with a lot: that supplier's lot
    reason        text        not null,
    placed_at     timestamptz not null,
    placed_by     text        not null,
    lifted_at     timestamptz,
    lifted_by     text,
    lift_reason   text,
    version       bigint      not null default 0,
    check ((lifted_at is null) = (lifted_by is null))
);
-- one hold on a thing at a time: a second one would have to be lifted twice
create unique index quality_hold_active on quality_hold (item_code, lot, supplier_code) where lifted_at is null;
