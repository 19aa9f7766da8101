-- What a lot (parameters: item, lot, deepest level) went into, to any depth: every edge out of the lot and out of the
-- lots found so far. UNION keeps each (lot, depth) once; the depth bound stops a cycle bad data could make.
with recursive trace(item, lot, depth) as (
    select cast(?1 as text), cast(?2 as text), 0
    union
    select e.to_item, e.to_lot, t.depth + 1
    from genealogy_edge e join trace t on e.from_item = t.item and e.from_lot = t.lot
    where t.depth < ?3)
select distinct e.* from genealogy_edge e join trace t on e.from_item = t.item and e.from_lot = t.lot
order by e.linked_at, e.id
