-- Each time every item and work center was published again (at the first start, or by an admin to
-- bootstrap a new consumer): the first start publishes the master data that SQL put in (demo data) once.
create table master_data_republish (
    id           bigserial primary key,
    at           timestamptz not null,
    actor        text        not null,
    items        integer     not null,
    work_centers integer     not null
);

-- scrap is a share of what goes in: 1 or more would mean nothing usable comes out
alter table bom_line add constraint bom_line_scrap_below_one check (scrap_factor < 1);
