-- The supplier confirms when a purchase order's goods arrive (partner API). The order keeps the date it
-- promised last and how many different dates it has promised; every confirmation is kept with who gave it.
alter table purchase_order
    add column promised_date timestamptz,
    add column confirmations integer     not null default 0 check (confirmations >= 0),
    add column confirmed_at  timestamptz;

create table purchase_order_confirmation (
    id                bigserial primary key,
    purchase_order_id uuid        not null references purchase_order (id),
    confirmation      integer     not null check (confirmation > 0),
    promised_date     timestamptz not null,
    confirmed_at      timestamptz not null,
    confirmed_by      text        not null,
    -- two racing confirmations cannot both become number n
    unique (purchase_order_id, confirmation)
);
