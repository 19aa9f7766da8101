-- Suppliers' webhook endpoints and every delivery to them (issue "Supplier collaboration"): Standard Webhooks,
-- delivered at least once from rows written in the same transaction as the change they tell of.
create table webhook_endpoint (
    id                    uuid primary key,
    supplier_code         text        not null references supplier (code),
    url                   text        not null,
    events                jsonb       not null,
    -- the signing secret (whsec_<base64>); during a rotation the one before signs too, until previous_secret_until
    secret                text        not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    status                text        not null check (status in ('ACTIVE', 'DISABLED')),
    -- the first failure of the failures in a row so far; null while deliveries succeed
    failing_since         timestamptz,
    disabled_at           timestamptz,
    disabled_reason       text,
    created_at            timestamptz not null,
    created_by            text        not null,
    deleted_at            timestamptz,
    version               bigint      not null default 0
);
create index webhook_endpoint_supplier on webhook_endpoint (supplier_code) where deleted_at is null;

create table webhook_delivery (
    id               uuid primary key,
    -- the webhook-id header: the same for every attempt and replay of this message, so a receiver drops repeats
    message_id       text        not null unique,
    endpoint_id      uuid        not null references webhook_endpoint (id),
    supplier_code    text        not null,
    event_type       text        not null,
    payload          text        not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    last_status_code integer,
    last_error       text
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at desc);

create table webhook_attempt (
    id           bigserial primary key,
    delivery_id  uuid        not null references webhook_delivery (id),
    attempted_at timestamptz not null,
    status_code  integer,
    latency_ms   integer     not null,
    error        text
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);
