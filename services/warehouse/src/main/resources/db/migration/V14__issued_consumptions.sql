-- Execution's consumptions as warehouse has issued them (execution.material-consumptions.v1, MaterialConsumed): one
-- row per consumption_id, written in the transaction of its issue, so a consumption that comes again under another
-- event id (a republish, a terminal's retry) finds its row and issues nothing twice, and execution can ask which of its
-- consumptions are issued (gRPC LotStock). What moved is in the ledger under the posting.
create table issued_consumption (
    consumption_id uuid primary key,
    order_number   text           not null,
    item_code      text           not null,
    lot            text           not null,
    quantity       numeric(18, 6) not null check (quantity > 0),
    unit           text           not null,
    posting_id     uuid           not null,
    issued_at      timestamptz    not null,
    version        bigint         not null default 0
);
