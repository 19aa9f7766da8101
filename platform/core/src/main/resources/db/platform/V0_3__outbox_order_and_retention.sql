-- The relay publishes in the order rows were written, not by the clock of whichever replica wrote them:
-- an aggregate's events are written by transactions that follow each other (its version column sees to it),
-- so their positions are in commit order.
alter table outbox_event add column position bigint generated always as identity;
drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (position) where published_at is null;

-- Old applied-event and Idempotency-Key records are purged by age.
create index processed_event_age on processed_event (processed_at);
create index idempotency_record_age on idempotency_record (created_at);
