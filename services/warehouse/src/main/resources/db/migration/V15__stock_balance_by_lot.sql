-- An operator's scan may name a lot without its item (LotStock): find its balances without reading every balance.
create index stock_balance_lot on stock_balance (lot);
