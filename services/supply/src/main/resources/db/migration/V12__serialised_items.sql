-- The item master copy (platform-items) keeps whether scheduling serialises the item.
alter table item add column serialised boolean not null default false;
