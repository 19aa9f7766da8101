-- Picking: what each released production order needs, and the pick tasks that stage it at the work center.
-- An open pick task is also the reservation of the stock it names: free stock is what balances hold minus open tasks.

-- A released order's components (from scheduling.production-orders.v1) and where and when its first operation runs
-- (from scheduling.schedules.v1). WAITING until a schedule places that operation; PLANNED once its picks exist.
create table material_demand (
    order_id        uuid primary key,
    order_number    text        not null,
    first_sequence  int         not null,
    work_center     text        not null,
    materials       jsonb       not null,
    needed_by       timestamptz,
    status          text        not null check (status in ('WAITING', 'PLANNED', 'STAGED', 'CANCELLED')),
    -- a component could not be covered: the order is not reported staged until a new plan covers it
    has_shortage    boolean     not null default false,
    version         bigint      not null default 0
);

create sequence pick_task_number_seq;

create table pick_task (
    id            uuid primary key,
    number        text           not null unique,
    order_id      uuid           not null,
    order_number  text           not null,
    item_code     text           not null,
    lot           text           not null,
    expires_on    date,
    from_bin      text           not null,
    from_sscc     text,
    to_bin        text           not null,
    zone          text           not null,
    quantity      numeric(18, 6) not null check (quantity > 0),
    picked        numeric(18, 6),
    unit          text           not null,
    needed_by     timestamptz    not null,
    status        text           not null check (status in ('OPEN', 'PICKED', 'SHORT', 'CANCELLED')),
    created_at    timestamptz    not null,
    picked_at     timestamptz,
    picked_by     text,
    version       bigint         not null default 0
);
create index pick_task_open on pick_task (item_code, lot, from_bin) where status = 'OPEN';
create index pick_task_order on pick_task (order_id);

-- When published schedules start each operation: a schedule may arrive before the order's release (two topics), so
-- the release finds its first operation's start here.
create table operation_start (
    order_id  uuid        not null,
    sequence  int         not null,
    starts_at timestamptz not null,
    primary key (order_id, sequence)
);
