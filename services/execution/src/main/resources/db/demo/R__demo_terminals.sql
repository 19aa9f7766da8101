-- The demo plant's terminals: one at the first lathe of CNC-01, one at the assembly bench. Open /?terminal=T-CNC-01
-- on a device to work there (docs/terminal-sign-in.md).
insert into terminal (code, name, work_center_code, machine_code, registered_at, registered_by) values
    ('T-CNC-01', 'CNC lathe 1 terminal', 'CNC-01', 'CNC-01-M1', now(), 'demo'),
    ('T-ASM-01', 'Assembly cell 1 terminal', 'ASM-01', 'ASM-01-M1', now(), 'demo')
on conflict (code) do nothing;
