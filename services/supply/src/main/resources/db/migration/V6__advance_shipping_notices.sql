-- Advance shipping notices: goods a supplier announces against its purchase orders (issue "Supplier collaboration").
-- The handling units and their lines are one document ({"units": [...]}), read and written whole under the ASN's
-- version; what other rows must find or guard is kept in the two tables below it.
create table asn (
    id               uuid primary key,
    asn_number       text        not null,
    supplier_code    text        not null references supplier (code),
    status           text        not null check (status in ('OPEN', 'CANCELLED', 'RECEIVED')),
    ship_date        date        not null,
    expected_arrival timestamptz not null,
    carrier          text,
    handling_units   jsonb       not null,
    revision         integer     not null check (revision > 0),
    accepted_at      timestamptz not null,
    accepted_by      text        not null,
    cancelled_at     timestamptz,
    version          bigint      not null default 0,
    -- the supplier's own number names one ASN of that supplier
    unique (supplier_code, asn_number)
);
create index asn_supplier on asn (supplier_code, accepted_at desc);

-- The SSCCs of open ASNs: one open ASN per handling unit, even when two suppliers' systems race.
create table asn_open_sscc (
    sscc   text primary key,
    asn_id uuid not null references asn (id)
);
create index asn_open_sscc_asn on asn_open_sscc (asn_id);

-- What open ASNs announce per purchase order line: a line takes no more than its quantity and tolerance.
create table asn_open_quantity (
    asn_id            uuid           not null references asn (id),
    purchase_order_id uuid           not null,
    line_number       integer        not null,
    quantity          numeric(18, 6) not null check (quantity > 0),
    primary key (asn_id, purchase_order_id, line_number)
);
create index asn_open_quantity_line on asn_open_quantity (purchase_order_id, line_number);
