/**
 * Stock: what lies where, in which lot and quality status, and how much of an item can be issued now.
 * Other features and services read availability through {@link io.forgeline.warehouse.stock.StockLedger}
 * (REST for people, gRPC {@code StockAvailability} for scheduling).
 */
package io.forgeline.warehouse.stock;
