-- What administrators did about dead letters. The dead-letter topic itself is the record of what was parked;
-- a row here says a letter was replayed (and whether it applied), so lists can tell open ones from done ones.
create table dead_letter_replay (
    dlq_topic   text        not null,
    dlq_id      text        not null,
    replayed_at timestamptz not null,
    replayed_by text        not null,
    outcome     text        not null check (outcome in ('REPLAYED', 'FAILED')),
    detail      text        not null,
    primary key (dlq_topic, dlq_id)
);
