-- EDIFACT interchanges suppliers sent (issue "Supplier collaboration", EDI): what each one did, kept so that a resend
-- of the same interchange (same sender and control reference, same bytes) answers the same and changes nothing.
create table edi_interchange (
    -- supplier code and UNB 0020, which EDIFACT makes unique per sender
    id            text primary key,
    supplier_code text        not null references supplier (code),
    reference     text        not null,
    content_hash  text        not null,
    received_at   timestamptz not null,
    received_by   text        not null,
    messages      jsonb       not null
);
create index edi_interchange_supplier on edi_interchange (supplier_code, received_at);

-- control references (UNB 0020) of the ORDERS interchanges we write
create sequence edi_orders_reference;
