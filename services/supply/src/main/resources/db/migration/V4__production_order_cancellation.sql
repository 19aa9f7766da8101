-- Scheduling cancels production orders (scheduling.production-orders.v1). A purchase order raised for one that the
-- supplier has not confirmed is cancelled; a confirmed one stays and records that its demand is gone.
alter table purchase_order
    add column cancelled_at        timestamptz,
    add column demand_cancelled_at timestamptz;

-- Kept for ever (a small row per order): the requisition and the cancellation travel on different topics, and a
-- requisition that arrives after its production order was cancelled must not open a purchase order.
create table cancelled_production_order (
    number       text primary key,
    cancelled_at timestamptz not null,
    cancelled_by text        not null
);
