create table supplier (
    code    text primary key,
    name    text   not null,
    country text   not null,
    version bigint not null default 0
);

create sequence purchase_order_number_seq;

-- A purchase order for one item, born from a purchase requisition (at most one PO per requisition).
create table purchase_order (
    id             uuid primary key,
    number         text           not null unique,
    supplier_code  text           not null references supplier (code),
    item_code      text           not null,
    quantity       numeric(18, 6) not null check (quantity > 0),
    unit           text           not null,
    need_date      timestamptz    not null,
    status         text           not null check (status in ('OPEN', 'CONFIRMED', 'SHIPPED', 'RECEIVED', 'CANCELLED')),
    requisition_id uuid unique,
    production_order_number text,
    created_at     timestamptz    not null,
    version        bigint         not null default 0
);
create index purchase_order_supplier on purchase_order (supplier_code, created_at desc);
