/**
 * Production: the stores' side of the shop floor. Material operators scan into operations
 * ({@code execution.material-consumptions.v1}) is issued from stock, the work center's staging bin first.
 */
package io.forgeline.warehouse.production;
