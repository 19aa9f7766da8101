create sequence production_order_number_seq;

create table production_order (
    id                   uuid primary key,
    number               text           not null unique,
    item_code            text           not null references item (code),
    quantity             numeric(18, 6) not null check (quantity > 0),
    unit                 text           not null,
    due_date             timestamptz    not null,
    status               text           not null,
    availability_checked boolean        not null,
    created_by           text           not null,
    created_at           timestamptz    not null,
    version              bigint         not null default 0
);
create index production_order_status on production_order (status, due_date);

-- BOM explosion with the warehouse's answer at release time
create table production_order_material (
    order_id  uuid           not null references production_order (id) on delete cascade,
    item_code text           not null,
    required  numeric(18, 6) not null,
    available numeric(18, 6),
    unit      text           not null,
    purchased boolean        not null,
    primary key (order_id, item_code)
);

-- who moved an order, when, from which state to which
create table production_order_audit (
    id          bigserial primary key,
    order_id    uuid        not null references production_order (id),
    at          timestamptz not null,
    actor       text        not null,
    action      text        not null,
    from_status text,
    to_status   text        not null
);
create index production_order_audit_order on production_order_audit (order_id, at);
