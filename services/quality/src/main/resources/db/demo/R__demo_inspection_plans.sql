-- Demo plant: incoming inspection of bought bearings, final inspection of the gearboxes it builds.
insert into inspection_plan (id, code, item_code, inspection_type, aql, inspection_level, created_at, created_by)
values ('9a1b0000-0000-4000-8000-000000000001', 'IP-BEARING-6204-IN', 'BEARING-6204', 'INCOMING', 1.0, 'II', now(), 'demo')
on conflict (code, revision) do nothing;

insert into inspection_characteristic (plan_id, position, code, description, nominal, lower_limit, upper_limit, unit)
values ('9a1b0000-0000-4000-8000-000000000001', 1, 'BORE',  'Bore diameter',    20.000, 19.990, 20.000, 'mm'),
       ('9a1b0000-0000-4000-8000-000000000001', 2, 'OD',    'Outside diameter', 47.000, 46.989, 47.000, 'mm'),
       ('9a1b0000-0000-4000-8000-000000000001', 3, 'NOISE', 'Running noise',    null,   null,   null,   null)
on conflict (plan_id, position) do nothing;

-- a finished gearbox lot waits in quarantine at the test bench until final inspection releases it
insert into inspection_plan (id, code, item_code, inspection_type, aql, inspection_level, created_at, created_by)
values ('9a1b0000-0000-4000-8000-000000000002', 'IP-GEARBOX-A-FIN', 'GEARBOX-A', 'FINAL', 0.65, 'II', now(), 'demo')
on conflict (code, revision) do nothing;

insert into inspection_characteristic (plan_id, position, code, description, nominal, lower_limit, upper_limit, unit)
values ('9a1b0000-0000-4000-8000-000000000002', 1, 'LEAK',  'Leak rate at 0.5 bar', 0.000, null, 0.050, 'mbar l/s'),
       ('9a1b0000-0000-4000-8000-000000000002', 2, 'NOISE', 'Running noise',        null,  null, 72.0,  'dB(A)')
on conflict (plan_id, position) do nothing;

-- the demo's characteristics with limits are measured, the others judged (V4 judged only the rows it found)
update inspection_characteristic set kind = 'VARIABLE'
where plan_id in ('9a1b0000-0000-4000-8000-000000000001', '9a1b0000-0000-4000-8000-000000000002')
  and (lower_limit is not null or upper_limit is not null);

-- Bearings: bore and outside diameter are measured on a small special-level sample (S-3), running noise is judged by
-- ear on the general-level sample; a noisy bearing is a minor defect, a diameter out of tolerance a major one.
update inspection_characteristic set inspection_level = 'S-3'
where plan_id = '9a1b0000-0000-4000-8000-000000000001' and code in ('BORE', 'OD');
update inspection_characteristic set kind = 'ATTRIBUTE', defect_class = 'MINOR'
where plan_id = '9a1b0000-0000-4000-8000-000000000001' and code = 'NOISE';
-- Gearboxes: a leaking gearbox is a critical defect, its switching state apart from the noise's.
update inspection_characteristic set defect_class = 'CRITICAL'
where plan_id = '9a1b0000-0000-4000-8000-000000000002' and code = 'LEAK';
