/**
 * Master data: items, BOMs, routings and work centers, the engineering facts planning stands on.
 * Other features read them through {@link io.forgeline.scheduling.masterdata.ItemMaster}.
 */
package io.forgeline.scheduling.masterdata;
