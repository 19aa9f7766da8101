-- Who hears of an andon, per realm role: kept as data so the plant changes it without a deployment.
create table notification_route (
    role       text primary key,
    -- {"emails":[…],"webhooks":[{"url","secret"}]}: a webhook's secret signs each body (HMAC-SHA256), never shown back
    recipients jsonb       not null,
    changed_at timestamptz not null,
    changed_by text        not null,
    version    bigint      not null default 0
);

-- One message to one recipient, written in the transaction of the andon step that causes it, so a crash between the
-- step and the send loses nothing; the dispatcher sends PENDING ones whose time has come and marks them SENT, or
-- FAILED after the last try.
create table notification (
    id            uuid primary key,
    channel       text        not null,
    recipient     text        not null,
    -- the webhook's signing secret, copied when the message is written: a route changed later does not re-sign it
    secret        text,
    role          text        not null,
    -- what it is about, e.g. andon/<id>: a receiver de-duplicates a message sent twice by its id
    about         text        not null,
    subject       text        not null,
    body          text        not null,
    status        text        not null,
    attempts      integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error    text,
    created_at    timestamptz not null,
    sent_at       timestamptz,
    version       bigint      not null default 0
);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_by_status on notification (status, created_at);
