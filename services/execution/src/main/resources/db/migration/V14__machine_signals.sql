-- Machine signals as time series, partitioned by month on the time the machine observed them (declarative range
-- partitioning). signals/SignalPartitions creates the coming months ahead and drops months older than the retention
-- (forgeline.signals.retention.*); the default partition catches what falls outside the months created (a clock far
-- off, a replay of old readings) and is moved into its month when that month's partition is created.
-- The primary keys are the readings' natural keys: a reading delivered twice is stored once (on conflict do nothing).
create table machine_state_signal (
    machine_code text        not null,
    observed_at  timestamptz not null,
    state        text        not null check (state in ('RUNNING', 'IDLE', 'DOWN', 'SETUP', 'UNKNOWN')),
    stop_code    text,
    -- who read it ("opcua:…", "edge:…", "api:…"), or "silence"/"resumed" for the states execution derives itself
    source       text        not null,
    received_at  timestamptz not null,
    primary key (machine_code, observed_at)
) partition by range (observed_at);

create table machine_counter_reading (
    machine_code text        not null,
    name         text        not null,
    observed_at  timestamptz not null,
    value        bigint      not null check (value >= 0),
    source       text        not null,
    received_at  timestamptz not null,
    primary key (machine_code, name, observed_at)
) partition by range (observed_at);

create table machine_sensor_reading (
    machine_code text        not null,
    name         text        not null,
    observed_at  timestamptz not null,
    value        numeric     not null,
    unit         text        not null,
    source       text        not null,
    received_at  timestamptz not null,
    primary key (machine_code, name, observed_at)
) partition by range (observed_at);

create table machine_state_signal_default partition of machine_state_signal default;
create table machine_counter_reading_default partition of machine_counter_reading default;
create table machine_sensor_reading_default partition of machine_sensor_reading default;

-- last month, this month and the next two, so the service takes signals from its first start; the scheduled job keeps
-- creating ahead from then on
do $$
declare
    t text;
    m date;
begin
    foreach t in array array['machine_state_signal', 'machine_counter_reading', 'machine_sensor_reading'] loop
        for i in -1..2 loop
            m := (date_trunc('month', now() at time zone 'UTC') + make_interval(months => i))::date;
            execute format('create table %I partition of %I for values from (%L) to (%L)',
                t || '_p' || to_char(m, 'YYYYMM'), t,
                m::timestamp at time zone 'UTC', (m + interval '1 month')::timestamp at time zone 'UTC');
        end loop;
    end loop;
end $$;

-- Each machine's live state as its signals say: the newest state reading by observed time (known_*), what was
-- published last (run_state: UNKNOWN while silent or before any state was reported) and when the machine last said
-- anything at all. One row per machine that ever reported.
create table machine_live_state (
    machine_code     text primary key,
    run_state        text        not null check (run_state in ('RUNNING', 'IDLE', 'DOWN', 'SETUP', 'UNKNOWN')),
    run_state_since  timestamptz,
    stop_code        text,
    known_state      text check (known_state in ('RUNNING', 'IDLE', 'DOWN', 'SETUP')),
    known_stop_code  text,
    known_since      timestamptz,
    last_signal_at   timestamptz not null,
    silent           boolean     not null default false,
    version          bigint      not null default 0
);
-- the silence check looks for machines that stopped talking
create index machine_live_state_talking on machine_live_state (last_signal_at) where not silent;
