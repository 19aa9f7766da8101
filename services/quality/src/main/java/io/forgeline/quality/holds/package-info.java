/**
 * Holds: a quality engineer holds stock under suspicion (every lot of an item, one lot, or one supplier's lot) and
 * lifts the hold once it is cleared. Each placement and lift goes out once on {@code quality.holds.v1} through the
 * outbox: warehouse blocks what the hold covers, execution refuses to consume it. Inspection lots show the holds
 * that cover them.
 */
package io.forgeline.quality.holds;
