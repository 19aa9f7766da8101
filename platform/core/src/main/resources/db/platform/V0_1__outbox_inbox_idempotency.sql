-- Platform tables every service has: the outbox it publishes from, the events it has applied,
-- and the Idempotency-Keys it has honoured.

create table outbox_event (
    id           uuid primary key,
    topic        text        not null,
    record_key   text        not null,
    ce_type      text        not null,
    ce_source    text        not null,
    ce_time      timestamptz not null,
    traceparent  text,
    payload      bytea       not null,
    published_at timestamptz
);
-- the relay only ever looks at what is still unpublished
create index outbox_event_pending on outbox_event (ce_time, id) where published_at is null;

create table processed_event (
    ce_id        text primary key,
    topic        text        not null,
    processed_at timestamptz not null
);

create table idempotency_record (
    id           text primary key,
    request_hash text        not null,
    resource_id  text        not null,
    created_at   timestamptz not null
);
