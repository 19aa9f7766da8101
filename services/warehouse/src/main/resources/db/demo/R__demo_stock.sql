-- Demo plant stock (loaded unless FORGELINE_DB_DEMO_DATA points elsewhere). Re-runs when edited.
-- It enters through the ledger as opening balances: a movement each (skipped when already posted), and the
-- balance raised by exactly what was posted, so every balance stays the sum of its movements.
with opening (id, item_code, lot, bin_code, quantity, unit, status, expires_on, received_at) as (
    values ('5e1f0a10-0000-4000-8000-000000000001'::uuid, 'SHAFT-01',     'L-SH-2601', 'A-01-01', 120, 'PCE', 'AVAILABLE',  null::date,   '2026-10-01T08:00:00Z'::timestamptz),
           ('5e1f0a10-0000-4000-8000-000000000002'::uuid, 'HOUSING-01',   'L-HO-2601', 'A-01-02',  80, 'PCE', 'AVAILABLE',  null,         '2026-10-01T08:00:00Z'),
           ('5e1f0a10-0000-4000-8000-000000000003'::uuid, 'BEARING-6204', 'L-BR-2598', 'B-02-01',  60, 'PCE', 'AVAILABLE',  '2029-06-30', '2026-09-15T08:00:00Z'),
           ('5e1f0a10-0000-4000-8000-000000000004'::uuid, 'BEARING-6204', 'L-BR-2611', 'QA-01',    40, 'PCE', 'QUARANTINE', '2029-09-30', '2026-11-02T08:00:00Z')
), posted as (
    insert into stock_movement (id, posting_id, type, item_code, lot, expires_on, status, bin_code, quantity, unit, at, actor, reason)
    select id, id, 'OPENING', item_code, lot, expires_on, status, bin_code, quantity, unit, received_at, 'demo', 'opening balance'
    from opening
    on conflict (id) do nothing
    returning id, item_code, lot, expires_on, status, bin_code, quantity, unit, at
)
insert into stock_balance (id, item_code, lot, expires_on, status, bin_code, quantity, unit, received_at)
select id, item_code, lot, expires_on, status, bin_code, quantity, unit, at from posted
on conflict (item_code, lot, status, bin_code, sscc) do update set quantity = stock_balance.quantity + excluded.quantity;
