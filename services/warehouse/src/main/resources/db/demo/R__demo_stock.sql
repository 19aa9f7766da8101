-- Demo plant stock (loaded unless FORGELINE_DB_DEMO_DATA points elsewhere). Re-runs when edited.
insert into stock_entry (id, item_code, lot, location, quantity, unit, status, expires_on, received_at)
values ('5e1f0a10-0000-4000-8000-000000000001', 'SHAFT-01',     'L-SH-2601', 'A-01-01', 120, 'PCE', 'AVAILABLE',  null,         '2026-10-01T08:00:00Z'),
       ('5e1f0a10-0000-4000-8000-000000000002', 'HOUSING-01',   'L-HO-2601', 'A-01-02',  80, 'PCE', 'AVAILABLE',  null,         '2026-10-01T08:00:00Z'),
       ('5e1f0a10-0000-4000-8000-000000000003', 'BEARING-6204', 'L-BR-2598', 'B-02-01',  60, 'PCE', 'AVAILABLE',  '2029-06-30', '2026-09-15T08:00:00Z'),
       ('5e1f0a10-0000-4000-8000-000000000004', 'BEARING-6204', 'L-BR-2611', 'QA-01',    40, 'PCE', 'QUARANTINE', '2029-09-30', '2026-11-02T08:00:00Z')
on conflict (item_code, lot, location) do nothing;
