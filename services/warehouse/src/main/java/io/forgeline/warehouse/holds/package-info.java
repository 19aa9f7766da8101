/**
 * Quality holds ({@code quality.holds.v1}): while a quality engineer holds an item, or one lot of it, under suspicion,
 * warehouse keeps the stock it covers BLOCKED, so nobody issues, picks or ships it. Placing a hold blocks the AVAILABLE
 * stock it covers, the ledger blocks what becomes available later while it is on ({@code Ledger} asks
 * {@link io.forgeline.warehouse.holds.ActiveHolds}), and lifting it gives back to AVAILABLE what holds blocked and no
 * other active hold still covers. Every block and give-back is a ledger posting with the hold number as reference.
 */
package io.forgeline.warehouse.holds;
