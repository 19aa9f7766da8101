-- Quality's NCR dispositions as warehouse has booked them (quality.nonconformances.v1, NcrDispositionDecided): one
-- row per disposition, written in the transaction of its postings, so a disposition that comes again under another
-- event id (a republish, a replay) finds its row and books nothing twice. REWORK and REPAIR book nothing (their stock
-- stays BLOCKED until execution's rework is done) and are kept all the same; posting_id is then null. What moved is
-- in the ledger under the NCR number.
create table ncr_disposition (
    id            uuid primary key,
    ncr_id        text           not null,
    ncr_number    text           not null,
    action        text           not null check (action in ('USE_AS_IS', 'REWORK', 'REPAIR', 'SCRAP', 'RETURN_TO_SUPPLIER')),
    item_code     text           not null,
    lot           text           not null,
    quantity      numeric(18, 6) not null check (quantity > 0),
    unit          text           not null,
    supplier_code text           not null default '',
    reason        text,
    decided_by    text           not null,
    decided_at    timestamptz,
    posting_id    uuid,
    booked_at     timestamptz    not null,
    version       bigint         not null default 0
);
create index ncr_disposition_ncr on ncr_disposition (ncr_number);
