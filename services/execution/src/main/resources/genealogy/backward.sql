-- What went into a lot (parameters: item, lot, deepest level), to any depth: every edge into the lot and into the lots
-- found so far. UNION keeps each (lot, depth) once; the depth bound stops a cycle bad data could make.
with recursive trace(item, lot, depth) as (
    select cast(?1 as text), cast(?2 as text), 0
    union
    select e.from_item, e.from_lot, t.depth + 1
    from genealogy_edge e join trace t on e.to_item = t.item and e.to_lot = t.lot
    where t.depth < ?3)
select distinct e.* from genealogy_edge e join trace t on e.to_item = t.item and e.to_lot = t.lot
order by e.linked_at, e.id
