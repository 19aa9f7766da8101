-- A serialised item: each unit made of it gets its own serial number (a GS1 SGTIN), so it can be traced one by one.
alter table item add column serialised boolean not null default false;
