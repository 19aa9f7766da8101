-- The demo plant's stores (loaded unless FORGELINE_DB_DEMO_DATA points elsewhere). Re-runs when edited.
insert into zone (code, name, kind, work_center) values
    ('DOCK',   'Receiving dock',              'DOCK',       null),
    ('QA',     'Quarantine cage',             'QUARANTINE', null),
    ('A',      'Rack A: machined parts',      'STORAGE',    null),
    ('B',      'Rack B: bought parts',        'STORAGE',    null),
    ('ST-CNC', 'Staging CNC-01',              'STAGING',    'CNC-01'),
    ('ST-ASM', 'Staging ASM-01',              'STAGING',    'ASM-01'),
    ('ST-TST', 'Staging TST-01',              'STAGING',    'TST-01'),
    ('SHIP',   'Shipping area',               'SHIPPING',   null)
on conflict (code) do nothing;

insert into bin (code, zone_code, capacity, item_classes) values
    ('DOCK-01', 'DOCK', null, '{}'),
    ('DOCK-02', 'DOCK', null, '{}'),
    ('QA-01',   'QA',   null, '{}'),
    ('QA-02',   'QA',   null, '{}'),
    ('A-01-01', 'A',    500,  '{SHAFT,HOUSING,GEARBOX}'),
    ('A-01-02', 'A',    500,  '{SHAFT,HOUSING,GEARBOX}'),
    ('A-01-03', 'A',    500,  '{SHAFT,HOUSING,GEARBOX}'),
    ('A-01-04', 'A',    500,  '{SHAFT,HOUSING,GEARBOX}'),
    ('B-02-01', 'B',    1000, '{BEARING}'),
    ('B-02-02', 'B',    1000, '{BEARING}'),
    ('B-02-03', 'B',    1000, '{BEARING}'),
    ('B-02-04', 'B',    1000, '{}'),
    ('ST-CNC-01', 'ST-CNC', null, '{}'),
    ('ST-ASM-01', 'ST-ASM', null, '{}'),
    ('ST-TST-01', 'ST-TST', null, '{}'),
    ('SHIP-01', 'SHIP', null, '{}')
on conflict (code) do nothing;
