-- The demo plant: a gearbox made from a shaft, a housing and two bought bearings.
insert into work_center (code, name) values
    ('CNC-01', 'CNC lathe 1'),
    ('ASM-01', 'Assembly cell 1'),
    ('TST-01', 'End-of-line test stand 1')
on conflict (code) do nothing;

insert into item (code, description, unit, make_or_buy, supplier_code, gtin, product_family) values
    ('GEARBOX-A',    'Gearbox type A',                  'PCE', 'MAKE', null,   '04012345000016', 'GEARBOX'),
    ('SHAFT-01',     'Drive shaft 20 mm',               'PCE', 'MAKE', null,   null,             'SHAFT'),
    ('HOUSING-01',   'Gearbox housing, cast aluminium', 'PCE', 'MAKE', null,   null,             'HOUSING'),
    ('BEARING-6204', 'Deep groove ball bearing 6204',   'PCE', 'BUY',  'ACME', '04012345000023', 'BEARING')
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

-- Two shifts Monday to Friday with a half-hour break each, in the plant's zone; the test stand also
-- runs a Saturday early shift.
insert into shift_calendar (code, name, time_zone) values
    ('TWO-SHIFT', 'Two shifts, Mon-Fri', 'Europe/Berlin'),
    ('TWO-SHIFT-SAT', 'Two shifts, Mon-Fri, Saturday early shift', 'Europe/Berlin')
on conflict (code) do nothing;

insert into calendar_shift (calendar_code, day_of_week, starts_at, ends_at)
select c.code, d, s.starts_at, s.ends_at
from shift_calendar c
cross join generate_series(1, 5) d
cross join (values (time '06:00', time '14:00'), (time '14:00', time '22:00')) s (starts_at, ends_at)
where c.code in ('TWO-SHIFT', 'TWO-SHIFT-SAT')
on conflict do nothing;
insert into calendar_shift (calendar_code, day_of_week, starts_at, ends_at) values
    ('TWO-SHIFT-SAT', 6, '06:00', '14:00')
on conflict do nothing;

insert into calendar_break (calendar_code, day_of_week, starts_at, ends_at)
select c.code, d, b.starts_at, b.ends_at
from shift_calendar c
cross join generate_series(1, 5) d
cross join (values (time '10:00', time '10:30'), (time '18:00', time '18:30')) b (starts_at, ends_at)
where c.code in ('TWO-SHIFT', 'TWO-SHIFT-SAT')
on conflict do nothing;

insert into work_center (code, name) values
    ('CNC-02', 'CNC lathe 2')
on conflict (code) do nothing;

insert into machine (code, work_center_code, name, calendar_code) values
    ('CNC-01-M1', 'CNC-01', 'DMG CTX 450 #1', 'TWO-SHIFT'),
    ('CNC-01-M2', 'CNC-01', 'DMG CTX 450 #2', 'TWO-SHIFT'),
    ('CNC-02-M1', 'CNC-02', 'Okuma LB3000',   'TWO-SHIFT'),
    ('ASM-01-M1', 'ASM-01', 'Assembly bench 1', 'TWO-SHIFT'),
    ('TST-01-M1', 'TST-01', 'Test stand 1',   'TWO-SHIFT-SAT')
on conflict (code) do nothing;

insert into routing_operation (item_code, sequence, work_center_code, description, setup_minutes, run_minutes_per_unit) values
    ('SHAFT-01',   10, 'CNC-01', 'Turn shaft',         20, 2.0),
    ('HOUSING-01', 10, 'CNC-02', 'Mill housing faces', 25, 3.5)
on conflict (item_code, sequence) do nothing;

-- The second lathe of CNC-01 is older: it turns the gearbox seats, slower.
insert into routing_operation_machine (item_code, sequence, machine_code, setup_minutes, run_minutes_per_unit) values
    ('GEARBOX-A', 10, 'CNC-01-M1', 30, 4.5),
    ('GEARBOX-A', 10, 'CNC-01-M2', 40, 6.0)
on conflict do nothing;

insert into family_setup (from_family, to_family, minutes) values
    ('SHAFT', 'GEARBOX', 20),
    ('GEARBOX', 'SHAFT', 20),
    ('HOUSING', 'GEARBOX', 35),
    ('GEARBOX', 'HOUSING', 35)
on conflict do nothing;
