/**
 * Master data: items, BOMs, routings, work centers, machines, shift calendars and family setups, the
 * engineering facts planning stands on. The entities live here; other features read them through
 * {@link io.forgeline.scheduling.masterdata.ItemMaster}. The REST API and the events are in the sub-packages
 * (items, bom, routing, plant, calendars, setups, publishing).
 */
package io.forgeline.scheduling.masterdata;
