/**
 * Production: the stores' side of the shop floor. Material operators scan into operations
 * ({@code execution.material-consumptions.v1}) is issued from stock, the work center's staging bin first; finished
 * lots ({@code execution.production-output.v1}) are received at the staging bin of the work center they came off, in
 * quarantine when quality inspects them before use (asked over gRPC).
 */
package io.forgeline.warehouse.production;
