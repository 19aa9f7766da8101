-- The first answer to a state-changing request sent with an Idempotency-Key (HonoursIdempotencyKey).
-- Written in the same transaction as the request's effect, so both are there or neither is.
-- (A version far from V0_2, V0_3... so that platform migrations added elsewhere do not collide.)

create table idempotent_answer (
    actor           text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status          int,
    location        text,
    content_type    text,
    body            text,
    created_at      timestamptz not null,
    primary key (actor, idempotency_key)
);
