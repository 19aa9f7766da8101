-- The demo plant: a gearbox made from a shaft, a housing and two bought bearings.
insert into work_center (code, name) values
    ('CNC-01', 'CNC lathe 1'),
    ('ASM-01', 'Assembly cell 1'),
    ('TST-01', 'End-of-line test stand 1')
on conflict (code) do nothing;

insert into item (code, description, unit, make_or_buy, supplier_code, gtin, product_family) values
    ('GEARBOX-A',    'Gearbox type A',                  'PCE', 'MAKE', null,   '04012345000017', 'GEARBOX'),
    ('SHAFT-01',     'Drive shaft 20 mm',               'PCE', 'MAKE', null,   null,             'SHAFT'),
    ('HOUSING-01',   'Gearbox housing, cast aluminium', 'PCE', 'MAKE', null,   null,             'HOUSING'),
    ('BEARING-6204', 'Deep groove ball bearing 6204',   'PCE', 'BUY',  'ACME', '04012345000024', 'BEARING')
on conflict (code) do nothing;

insert into bom_line (parent_code, component_code, quantity_per, scrap_factor) values
    ('GEARBOX-A', 'SHAFT-01',     1, 0),
    ('GEARBOX-A', 'HOUSING-01',   1, 0),
    ('GEARBOX-A', 'BEARING-6204', 2, 0.02)
on conflict (parent_code, component_code) do nothing;

insert into routing_operation (item_code, sequence, work_center_code, description, setup_minutes, run_minutes_per_unit) values
    ('GEARBOX-A', 10, 'CNC-01', 'Turn shaft seats',         30, 4.5),
    ('GEARBOX-A', 20, 'ASM-01', 'Assemble gearbox',         15, 6.0),
    ('GEARBOX-A', 30, 'TST-01', 'Run-in and leak test',     10, 3.0)
on conflict (item_code, sequence) do nothing;
