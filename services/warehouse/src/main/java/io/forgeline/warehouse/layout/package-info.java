/**
 * Layout: the stores as a clerk walks them. Zones by purpose (dock, quarantine, storage, staging per work center,
 * shipping) and the bins in them, each with a scannable code, a capacity, the item classes it may hold and a
 * blocked flag. Other features find bins through {@link io.forgeline.warehouse.layout.Layout}.
 */
package io.forgeline.warehouse.layout;
