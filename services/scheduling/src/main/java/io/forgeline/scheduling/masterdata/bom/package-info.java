/**
 * Bills of material: an item's components, replaced as a whole list, each optionally assigned to the operation of
 * the item's routing that consumes it (unassigned: the first). {@link io.forgeline.scheduling.masterdata.bom.BomCycles}
 * keeps the product structure a tree of any depth: no item may end up inside itself.
 */
package io.forgeline.scheduling.masterdata.bom;
