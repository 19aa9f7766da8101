-- Shipping: outbound deliveries from the ERP, picked to the shipping bin by the same pick tasks that stage production
-- orders, packed into the plant's own SSCC-labelled handling units and shipped.

create sequence delivery_number_seq;
-- serial references of the SSCCs the plant gives its own handling units (extension digit 0, the plant's prefix)
create sequence own_sscc_serial_seq;

create table delivery (
    id                 uuid primary key,
    number             text        not null unique,
    customer_code      text        not null,
    customer_name      text,
    customer_reference text,
    ship_on            date        not null,
    ship_from          text        not null,
    -- {"lines":[{"line","itemCode","quantity","unit"}]}
    lines              jsonb       not null,
    status             text        not null check (status in ('OPEN', 'SHIPPED')),
    -- a short pick that other stock could not make up: the delivery ships less than ordered
    has_shortage       boolean     not null default false,
    created_at         timestamptz not null,
    created_by         text        not null,
    shipped_at         timestamptz,
    shipped_by         text,
    version            bigint      not null default 0
);
create index delivery_open on delivery (ship_on) where status = 'OPEN';

-- one handling unit packed for a delivery; what it holds is stock on it (the ledger), until it is shipped
create table delivery_package (
    sscc        text primary key,
    delivery_id uuid        not null references delivery (id),
    -- {"lines":[{"itemCode","lot","expiresOn","quantity","unit"}]}: what was packed, kept after shipping
    contents    jsonb       not null,
    packed_at   timestamptz not null,
    packed_by   text        not null
);
create index delivery_package_delivery on delivery_package (delivery_id);
