-- Engineering master data owned by scheduling: work centers, items, BOMs, routings.
create table work_center (
    code        text primary key,
    name        text   not null,
    version     bigint not null default 0
);

create table item (
    code           text primary key,
    description    text   not null,
    unit           text   not null,
    make_or_buy    text   not null check (make_or_buy in ('MAKE', 'BUY')),
    supplier_code  text,
    gtin           text,
    product_family text,
    version        bigint not null default 0,
    check (make_or_buy = 'MAKE' or supplier_code is not null)
);

create table bom_line (
    parent_code    text           not null references item (code),
    component_code text           not null references item (code),
    quantity_per   numeric(18, 6) not null check (quantity_per > 0),
    scrap_factor   numeric(9, 6)  not null default 0 check (scrap_factor >= 0),
    primary key (parent_code, component_code),
    check (parent_code <> component_code)
);

create table routing_operation (
    item_code            text           not null references item (code),
    sequence             integer        not null check (sequence > 0),
    work_center_code     text           not null references work_center (code),
    description          text           not null,
    setup_minutes        integer        not null default 0 check (setup_minutes >= 0),
    run_minutes_per_unit numeric(12, 4) not null check (run_minutes_per_unit > 0),
    primary key (item_code, sequence)
);
