-- The item copy keeps the units suppliers deliver an item in, with base units per one (BOX=50;PAL=2000): scheduling
-- publishes them with the item (ItemChanged.purchase_units). Null when the item is bought in its base unit only.
alter table item add column purchase_units text;
