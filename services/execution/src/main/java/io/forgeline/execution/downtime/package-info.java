/**
 * Downtime: a machine's stops as its signals tell them (opened when its state becomes DOWN), classified by operators
 * with the plant's DOWNTIME reason codes, summed as a Pareto by reason; and the breakdown path: an unplanned stop of a
 * machine with planned work is reported as a breakdown (and repaired when it runs again), so scheduling replans.
 */
package io.forgeline.execution.downtime;
