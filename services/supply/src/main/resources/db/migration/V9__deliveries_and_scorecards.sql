-- Deliveries as warehouse received them (warehouse.goods-receipts.v1), scored for the suppliers' scorecards
-- (issue "Supplier collaboration", Scorecard).

-- What the dock received of one purchase order line on one plant day: one delivery as the scorecard counts it,
-- with what was expected of it (the confirmed delivery nearest that day, else the requested day and quantity).
create table delivery (
    purchase_order_id uuid          not null,
    line_number       int           not null,
    received_on       date          not null,
    supplier_code     text          not null,
    received_quantity numeric(18,6) not null,
    damaged_quantity  numeric(18,6) not null,
    -- what quality's decisions rejected of it (the quality issue feeds it); until then receipts count as accepted
    rejected_quantity numeric(18,6) not null default 0,
    expected_on       date          not null,
    expected_quantity numeric(18,6) not null,
    -- the supplier's over-delivery tolerance for the item, per cent
    tolerance         numeric(9,4)  not null,
    first_received_at timestamptz   not null,
    primary key (purchase_order_id, line_number, received_on)
);
create index delivery_supplier_day on delivery (supplier_code, received_on);

-- Every handling unit of an ASN the dock received, and whether it held exactly what the ASN announced.
create table asn_unit_receipt (
    asn_id        uuid        not null,
    sscc          text        not null,
    supplier_code text        not null,
    received_on   date        not null,
    received_at   timestamptz not null,
    as_announced  boolean     not null,
    primary key (asn_id, sscc)
);
create index asn_unit_receipt_supplier_day on asn_unit_receipt (supplier_code, received_on);

alter table asn add column received_at timestamptz;
