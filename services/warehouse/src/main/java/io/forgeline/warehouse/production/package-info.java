/**
 * Production: the stores' side of the shop floor. Material operators scan into operations
 * ({@code execution.material-consumptions.v1}) is issued from stock, the work center's staging bin first, once per
 * consumption ({@code issued_consumption}); finished lots ({@code execution.production-output.v1}) are received at the
 * staging bin of the work center they came off, in quarantine when quality inspects them before use (asked over gRPC),
 * and kept as reported ({@code production_receipt}) for the order's production labels: the finished lot's and, for a
 * serialised item, one per unit ({@code GET /api/warehouse/production-labels}, platform/labels).
 * Before an operator consumes, execution asks gRPC {@code LotStock} what the scanned lot, handling unit or serialised
 * unit holds: where, in which status, until when, staged or not, under which hold, and which of its consumptions are
 * issued already. It lives here rather than in {@code stock/}: it reads the serial numbers and issued consumptions this
 * feature keeps, and the stock package depends on no feature above it.
 */
package io.forgeline.warehouse.production;
