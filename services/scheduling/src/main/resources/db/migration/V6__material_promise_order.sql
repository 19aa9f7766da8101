-- Which purchase order confirmation a material line's expected_at comes from. Supply numbers the confirmations
-- of each purchase order 1, 2, ...: one that arrives after a newer one (redelivered, replayed from dead letters)
-- must not take back the newer date.
alter table production_order_material
    add column promised_by          text,
    add column promise_confirmation integer check (promise_confirmation >= 0);
