-- Calendars are published (scheduling.calendars.v1) as whole snapshots. A closure change does not touch the calendar
-- row's optimistic-lock version, so each snapshot gets its own number: consumers keep the newest.
alter table shift_calendar add column snapshot_version bigint not null default 0;

-- Republications before calendars were published left this null: the first start after the upgrade sees no
-- republication with calendars and publishes all master data once more (harmless: read models keep newer versions).
alter table master_data_republish add column calendars integer;
