-- Scheduling's shift calendars as it last published them (scheduling.calendars.v1): the OEE's planned busy time.
-- One row per calendar, its shifts, breaks and planned closures as one JSON document: they always change together
-- (every event is the whole snapshot). Filled only by the consumer; nothing here is edited by hand.
create table shift_calendar (
    code       text primary key,
    name       text        not null,
    time_zone  text        not null,
    -- scheduling's snapshot number: an event at or below it is old news
    version    bigint      not null,
    changed_at timestamptz not null,
    content    jsonb       not null
);
