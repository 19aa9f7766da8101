/**
 * Stock: the ledger and its balances. {@link io.forgeline.warehouse.stock.Ledger} is the only writer: every movement
 * an immutable row, the balances moved by exactly as much in the same transaction, moves of one lot taking turns,
 * and stock of a lot under a quality hold ({@link io.forgeline.warehouse.stock.Holds}) never left AVAILABLE.
 * {@link io.forgeline.warehouse.stock.StockLedger} reads what lies where and what can be issued now (REST for people,
 * gRPC {@code StockAvailability} for scheduling); {@link io.forgeline.warehouse.stock.LedgerCheck} proves the sums.
 */
package io.forgeline.warehouse.stock;
