-- Nonconformance reports: nonconforming material found by an inspection (opened automatically when a usage decision
-- rejects material), reported by an operator, or complained of by a customer; what becomes of it (dispositions), the
-- 8D that finds and removes its cause, the supplier's answers, and every step as history.
create sequence ncr_number_seq;

create table nonconformance (
    id                uuid primary key,
    number            text           not null unique,
    source            text           not null check (source in ('INSPECTION', 'OPERATOR_REPORT', 'CUSTOMER_COMPLAINT')),
    status            text           not null check (status in ('OPEN', 'CLOSED')),
    item_code         text           not null,
    lot               text           not null default '',
    quantity          numeric(18, 6) not null check (quantity > 0),
    unit              text           not null,
    supplier_code     text           not null default '',
    defect_codes      text           not null default '',   -- comma-separated, as inspection results keep them
    description       text           not null,
    inspection_lot_id uuid references inspection_lot (id),
    opened_at         timestamptz    not null,
    opened_by         text           not null,
    closed_at         timestamptz,
    closed_by         text,
    version           bigint         not null default 0
);
-- a rejected inspection lot opens one NCR, however often its decision is retried
create unique index nonconformance_inspection_lot on nonconformance (inspection_lot_id) where source = 'INSPECTION';
create index nonconformance_supplier on nonconformance (supplier_code, opened_at);
create index nonconformance_open on nonconformance (opened_at) where status = 'OPEN';

-- What becomes of some of the material. A disposition the usage decision already booked (scrap, return) is recorded
-- as booked and not sent to warehouse again.
create table ncr_disposition (
    id          uuid primary key,
    ncr_id      uuid           not null references nonconformance (id),
    action      text           not null check (action in ('USE_AS_IS', 'REWORK', 'REPAIR', 'SCRAP', 'RETURN_TO_SUPPLIER')),
    quantity    numeric(18, 6) not null check (quantity > 0),
    reason      text,
    booked_by_decision boolean  not null default false,
    decided_at  timestamptz    not null,
    decided_by  text           not null
);
create index ncr_disposition_ncr on ncr_disposition (ncr_id, decided_at);

-- The 8D: one row per discipline D1..D8 once someone writes it.
create table ncr_discipline (
    ncr_id      uuid    not null references nonconformance (id),
    discipline  integer not null check (discipline between 1 and 8),
    owner       text,
    due_on      date,
    content     text    not null,
    done_at     timestamptz,
    done_by     text,
    updated_at  timestamptz not null,
    updated_by  text    not null,
    primary key (ncr_id, discipline)
);

-- A supplier's answers to an NCR of its material, through the partner API.
create table ncr_supplier_response (
    id                uuid primary key,
    ncr_id            uuid        not null references nonconformance (id),
    supplier_code     text        not null,
    containment       text,
    root_cause        text,
    corrective_action text,
    comment           text,
    responded_at      timestamptz not null,
    responded_by      text        not null
);
create index ncr_supplier_response_ncr on ncr_supplier_response (ncr_id, responded_at);

-- Every step, as people read it afterwards.
create table ncr_history (
    id      uuid primary key,
    seq     bigint generated always as identity,
    ncr_id  uuid        not null references nonconformance (id),
    at      timestamptz not null,
    actor   text        not null,
    step    text        not null
);
create index ncr_history_ncr on ncr_history (ncr_id, seq);
