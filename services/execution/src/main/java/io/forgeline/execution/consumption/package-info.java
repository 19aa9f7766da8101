/**
 * Consumption: material an operator scans into an operation under way. {@link io.forgeline.execution.consumption.MaterialScans}
 * reads the scan (platform/ident), {@link io.forgeline.execution.consumption.LotStockCheck} asks warehouse what it
 * names, {@link io.forgeline.execution.consumption.LotVerdict} judges it, and
 * {@link io.forgeline.execution.consumption.MaterialConsumptions} books it with its MaterialConsumed event
 * ({@code execution.material-consumptions.v1}), which warehouse issues from stock once per consumption id. A serialised
 * unit scanned (SGTIN or (01)(21)) is kept with its serial, which the event and the genealogy carry.
 */
package io.forgeline.execution.consumption;
