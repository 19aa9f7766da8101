-- Receiving: what suppliers announced (supply.asns.v1, the highest revision kept) and what the dock received.
create table expected_asn (
    asn_id           uuid primary key,
    asn_number       text        not null,
    supplier_code    text        not null,
    expected_arrival timestamptz,
    revision         int         not null,
    status           text        not null check (status in ('OPEN', 'CANCELLED', 'RECEIVED')),
    version          bigint      not null default 0
);

-- One announced handling unit; lines as the ASN gave them (order, line, item, GTIN, lot, expiry, quantity).
create table expected_unit (
    asn_id uuid  not null references expected_asn (asn_id) on delete cascade,
    sscc   text  not null,
    lines  jsonb not null,
    primary key (asn_id, sscc)
);
create index expected_unit_sscc on expected_unit (sscc);

-- A handling unit (or a purchase order line's goods without a label) received at the dock: what was announced,
-- counted and found damaged, and why it differs. An SSCC is received once.
create table receipt (
    id            uuid primary key,
    sscc          text unique,
    asn_id        uuid,
    asn_number    text,
    supplier_code text,
    bin_code      text        not null,
    received_at   timestamptz not null,
    received_by   text        not null,
    unplanned     boolean     not null,
    reason        text,
    lines         jsonb       not null
);
create index receipt_asn on receipt (asn_id) where asn_id is not null;

-- An RFID portal's read of a delivery at the dock door, reconciled against its ASN: what was received with it,
-- what had been already, what is missing, unexpected or unreadable. Kept as it was answered.
create table portal_read (
    id       uuid primary key,
    asn_id   uuid        not null,
    read_at  timestamptz not null,
    read_by  text        not null,
    result   jsonb       not null
);
