-- Characteristics are judged by attributes (conforming or not) or by measured values against their limits; each
-- belongs to a defect class, whose switching state it follows, and is sampled by AQL and inspection level (the
-- plan's unless its own), by a fixed sample, or whole (100 %).
alter table inspection_characteristic
    add column kind             text          not null default 'ATTRIBUTE' check (kind in ('ATTRIBUTE', 'VARIABLE')),
    add column defect_class     text          not null default 'MAJOR' check (defect_class in ('CRITICAL', 'MAJOR', 'MINOR')),
    add column sampling         text          not null default 'AQL' check (sampling in ('AQL', 'FIXED', 'FULL')),
    add column aql              numeric(7, 3) check (aql > 0),
    add column inspection_level text check (inspection_level in ('S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III')),
    add column fixed_sample     integer       check (fixed_sample > 0),
    add column gauge            text,
    add check (sampling <> 'FIXED' or fixed_sample is not null);
update inspection_characteristic set kind = 'VARIABLE' where lower_limit is not null or upper_limit is not null;

-- a plan may be one supplier's; the scheme says whose tables and switching rules apply
alter table inspection_plan
    add column supplier_code text,
    add column scheme        text not null default 'ISO2859-1' check (scheme in ('ISO2859-1', 'Z1.4'));
drop index inspection_plan_active;
create unique index inspection_plan_active on inspection_plan (item_code, inspection_type, coalesce(supplier_code, '')) where active;

create sequence inspection_lot_number_seq;

-- What is inspected: a received supplier lot, a produced lot, or one opened by hand, with the plan it follows. A
-- received lot of an item without an incoming plan is recorded too, without a plan, and released at once.
create table inspection_lot (
    id              uuid primary key,
    number          text           not null unique,
    inspection_type text           not null check (inspection_type in ('INCOMING', 'IN_PROCESS', 'FINAL')),
    item_code       text           not null,
    supplier_code   text           not null default '',
    lot             text           not null,
    lot_size        numeric(18, 6) not null check (lot_size > 0),
    unit            text           not null,
    handling_units  text           not null default '',
    plan_id         uuid references inspection_plan (id),  -- null: nothing to inspect, released on arrival
    plan_code       text,
    scheme          text,
    origin          text           not null check (origin in ('RECEIPT', 'PRODUCTION', 'MANUAL')),
    origin_ref      text,
    status          text           not null check (status in ('OPEN', 'DECIDED')),
    opened_at       timestamptz    not null,
    opened_by       text           not null,
    version         bigint         not null default 0
);
-- a receipt line or a production output opens its lot once, however often the event comes
create unique index inspection_lot_origin on inspection_lot (origin, origin_ref, item_code, lot) where origin_ref is not null;
create index inspection_lot_open on inspection_lot (opened_at) where status = 'OPEN';

-- Each characteristic of the lot with the sampling plan fixed when the lot was opened, and its tally so far.
create table inspection_lot_characteristic (
    lot_id           uuid           not null references inspection_lot (id) on delete cascade,
    position         integer        not null,
    code             text           not null,
    description      text           not null,
    kind             text           not null,
    defect_class     text           not null,
    nominal          numeric(18, 6),
    lower_limit      numeric(18, 6),
    upper_limit      numeric(18, 6),
    unit             text,
    severity         text           not null check (severity in ('NORMAL', 'TIGHTENED', 'REDUCED', 'FIXED', 'FULL')),
    aql              numeric(7, 3),
    code_letter      text,
    plan_letter      text,
    sample_size      integer        not null check (sample_size > 0),
    inspect_quantity integer        not null check (inspect_quantity > 0),
    acceptance       integer        not null check (acceptance >= 0),
    rejection        integer        not null check (rejection > acceptance),
    inspected        integer        not null default 0 check (inspected >= 0),
    nonconforming    integer        not null default 0 check (nonconforming >= 0 and nonconforming <= inspected),
    primary key (lot_id, position),
    unique (lot_id, code),
    check (inspected <= inspect_quantity)
);

-- Every result an inspector recorded: a count of nonconforming units among units inspected (attributes), or one
-- measured value of one sample unit (variables). Never changed; the characteristic's tally sums them.
create table inspection_result (
    id                  uuid primary key,
    lot_id              uuid           not null references inspection_lot (id) on delete cascade,
    characteristic_code text           not null,
    inspected           integer        not null check (inspected > 0),
    nonconforming       integer        not null check (nonconforming >= 0 and nonconforming <= inspected),
    measured            numeric(18, 6),
    defect_codes        text           not null default '',
    recorded_at         timestamptz    not null,
    recorded_by         text           not null
);
create index inspection_result_lot on inspection_result (lot_id, recorded_at);

-- The usage decision on a lot: once, with who and when, and what becomes of its stock.
create table usage_decision (
    id            uuid primary key,
    lot_id        uuid        not null unique references inspection_lot (id),
    outcome       text        not null check (outcome in ('ACCEPTED', 'REJECTED', 'ACCEPTED_WITH_DEVIATION', 'PARTIAL')),
    automatic     boolean     not null,
    decided_at    timestamptz not null,
    decided_by    text        not null,
    comment       text,
    dispositions  jsonb       not null
);

-- Where the switching rules stand per item, supplier and defect class, and every change of severity.
create table switching_state (
    item_code                 text    not null,
    supplier_code             text    not null default '',
    defect_class              text    not null,
    scheme                    text    not null,
    severity                  text    not null check (severity in ('NORMAL', 'TIGHTENED', 'REDUCED')),
    score                     integer not null default 0,
    recent_on_normal          text    not null default '',
    accepted_in_row           integer not null default 0,
    not_accepted_on_tightened integer not null default 0,
    discontinued              boolean not null default false,
    reduced_approved          boolean not null default false,
    production_steady         boolean not null default true,
    version                   bigint  not null default 0,
    primary key (item_code, supplier_code, defect_class)
);

create table switching_change (
    id                uuid primary key,
    item_code         text        not null,
    supplier_code     text        not null,
    defect_class      text        not null,
    from_severity     text        not null,
    to_severity       text        not null,
    discontinued      boolean     not null,
    reason            text        not null,
    inspection_lot_id uuid,
    changed_at        timestamptz not null,
    changed_by        text        not null
);
create index switching_change_key on switching_change (item_code, supplier_code, defect_class, changed_at);
