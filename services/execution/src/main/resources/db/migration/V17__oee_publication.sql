-- What execution last published on execution.oee.v1 per machine and shift: a figure unchanged since is not published
-- again, and a shift published final is never recalculated. Written by the OEE publisher only.
create table oee_publication (
    id           text primary key,          -- machine code | shift start | shift end
    machine_code text        not null,
    period_from  timestamptz not null,
    period_to    timestamptz not null,
    -- the figures as published (and whether final): equal figures mean an unchanged value
    fingerprint  text        not null,
    final        boolean     not null,
    published_at timestamptz not null,
    version      bigint      not null default 0
);
create index oee_publication_machine on oee_publication (machine_code, period_from);
