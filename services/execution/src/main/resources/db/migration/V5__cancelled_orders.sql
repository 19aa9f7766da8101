-- Production orders scheduling cancelled. Kept for ever (one small row per order): a released event that arrives
-- after the cancellation (the topics are replayed, or the cancellation overtook it) must not queue the order
-- again, and an operator who tries to start one of its operations is told the order was cancelled.
create table cancelled_order (
    order_id     uuid primary key,
    order_number text        not null,
    cancelled_at timestamptz not null,
    cancelled_by text        not null
);

-- an operation of a cancelled order leaves the dispatch list but keeps its history (who started it where)
alter table dispatch_entry add column cancelled_at timestamptz;
