-- Units suppliers deliver an item in, each with the base units one holds ({"units":[{"unit":"BOX","factor":50}]}),
-- published with the item (ItemChanged.purchase_units); stock is always kept in the base unit.
alter table item add column purchase_units jsonb not null default '{"units":[]}';
