-- Buyers and suppliers work on purchase orders with lines (issue "Supplier collaboration").

-- What a supplier supplies, and how it must be ordered.
alter table supplier
    -- a requisition's purchase order waits for a buyer instead of going to the supplier at once
    add column approval_required boolean not null default false,
    -- the confidential Keycloak client its system signs in with (null: none issued through onboarding)
    add column client_id         text;

create table supplier_contact (
    id            bigserial primary key,
    supplier_code text not null references supplier (code) on delete cascade,
    name          text not null,
    role          text,
    email         text,
    phone         text
);
create index supplier_contact_supplier on supplier_contact (supplier_code);

create table supplied_item (
    supplier_code           text           not null references supplier (code),
    item_code               text           not null,
    supplier_item_number    text,
    lead_time_days          integer        not null default 0 check (lead_time_days >= 0),
    minimum_order_quantity  numeric(18, 6) not null default 0 check (minimum_order_quantity >= 0),
    order_multiple          numeric(18, 6) not null default 0 check (order_multiple >= 0),
    -- how much more than ordered an ASN may announce, in per cent of the line
    over_delivery_tolerance numeric(6, 2)  not null default 10 check (over_delivery_tolerance >= 0),
    version                 bigint         not null default 0,
    primary key (supplier_code, item_code)
);

-- The order's lines, their confirmed deliveries, a supplier's pending counter-proposal and the requisitions a
-- line covers are one aggregate, always read and written whole under the order's version: they live as one
-- JSON document on the order, {"lines": [...]}. What other rows must find (the requisition a line covers, the production
-- order behind it) is indexed in purchase_order_demand below.
alter table purchase_order
    add column lines          jsonb,
    add column revision       integer     not null default 1 check (revision > 0),
    add column changed_at     timestamptz,
    add column sent_at        timestamptz,
    add column delivery_plant text,
    add column created_by     text,
    -- the Monday of the week whose requisitions this order collects (null: a buyer's own order collects none)
    add column collects_week  date;

-- every order so far was one line born from one requisition and sent at once
update purchase_order
set lines          = jsonb_build_object('lines', jsonb_build_array(jsonb_build_object(
        'lineNumber', 1,
        'itemCode', item_code,
        'quantity', quantity::text,
        'unit', unit,
        'requestedDate', to_char(need_date at time zone 'UTC', 'YYYY-MM-DD'),
        'status', case status when 'OPEN' then 'OPEN' when 'CANCELLED' then 'CANCELLED' else 'CONFIRMED' end,
        'confirmed', case when promised_date is null then '[]'::jsonb
                          else jsonb_build_array(jsonb_build_object('quantity', quantity::text,
                               'date', to_char(promised_date at time zone 'UTC', 'YYYY-MM-DD'))) end,
        'proposed', '[]'::jsonb,
        'demands', case when requisition_id is null then '[]'::jsonb
                        else jsonb_build_array(jsonb_build_object('requisitionId', requisition_id,
                             'productionOrderNumber', production_order_number, 'quantity', quantity::text,
                             'needDate', to_char(need_date at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))) end))),
    changed_at     = coalesce(cancelled_at, confirmed_at, created_at),
    sent_at        = created_at,
    delivery_plant = '1000',
    created_by     = 'supply';

create table purchase_order_demand (
    requisition_id          uuid primary key,
    purchase_order_id       uuid not null references purchase_order (id),
    line_number             integer not null,
    production_order_number text
);
create index purchase_order_demand_production_order on purchase_order_demand (production_order_number);

insert into purchase_order_demand (requisition_id, purchase_order_id, line_number, production_order_number)
select requisition_id, id, 1, production_order_number from purchase_order where requisition_id is not null;

alter table purchase_order
    alter column lines set not null,
    alter column changed_at set not null,
    alter column delivery_plant set not null,
    alter column created_by set not null,
    drop column item_code,
    drop column quantity,
    drop column unit,
    drop column need_date,
    drop column requisition_id,
    drop column production_order_number,
    drop constraint purchase_order_status_check,
    add constraint purchase_order_status_check
        check (status in ('DRAFT', 'OPEN', 'COUNTER_PROPOSED', 'CONFIRMED', 'SHIPPED', 'RECEIVED', 'CANCELLED'));

-- the partner API's changedSince reads a supplier's orders in the order they changed
create index purchase_order_supplier_changed on purchase_order (supplier_code, changed_at, id);
-- a requisition joins an unconfirmed order of its supplier and week
create index purchase_order_collecting on purchase_order (supplier_code, collects_week) where status in ('DRAFT', 'OPEN');

-- Every revision of every order as it was: what changed, who changed it, the lines then.
create table purchase_order_revision (
    purchase_order_id uuid        not null references purchase_order (id),
    revision          integer     not null,
    status            text        not null,
    change            text        not null,
    changed_at        timestamptz not null,
    changed_by        text        not null,
    lines             jsonb       not null,
    primary key (purchase_order_id, revision)
);
insert into purchase_order_revision (purchase_order_id, revision, status, change, changed_at, changed_by, lines)
select id, 1, status, 'created from a purchase requisition', created_at, 'supply', lines from purchase_order;
