-- Inspection plans are written and revised by quality engineers. A plan keeps its code; every change is a new
-- revision (a row of its own, so the inspection lots opened under an earlier revision keep pointing at what they
-- followed), and only the newest revision of a plan in use is active. A retired plan has no active revision.
alter table inspection_plan
    add column revision           integer     not null default 1 check (revision > 0),
    add column operation_sequence integer check (operation_sequence > 0),
    add column note               text,
    add column created_at         timestamptz not null default now(),
    add column created_by         text        not null default 'demo',
    add column retired_at         timestamptz,
    add column retired_by         text,
    add check ((inspection_type = 'IN_PROCESS') = (operation_sequence is not null)),
    add check (inspection_type = 'INCOMING' or supplier_code is null);
alter table inspection_plan drop constraint inspection_plan_code_key;
alter table inspection_plan add constraint inspection_plan_revision unique (code, revision);
-- one active plan per item, type, supplier and (in-process) routing operation
drop index inspection_plan_active;
create unique index inspection_plan_active
    on inspection_plan (item_code, inspection_type, coalesce(supplier_code, ''), coalesce(operation_sequence, 0)) where active;
-- one active revision per plan
create unique index inspection_plan_active_revision on inspection_plan (code) where active;
alter table inspection_plan alter column created_at drop default, alter column created_by drop default;
