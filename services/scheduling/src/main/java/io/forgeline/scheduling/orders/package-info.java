/**
 * Production orders: release with BOM explosion and a fresh availability check against the warehouse,
 * the order's life (PLANNED → RELEASED → SCHEDULED → IN_PROGRESS → COMPLETED, or CANCELLED) enforced by
 * {@link io.forgeline.scheduling.orders.ProductionOrder} itself, an audit trail of every move, and the
 * events execution and supply act on (released, cancelled, purchase requisitions). Orders know nothing of
 * schedules: what an order needs from planning goes through {@link io.forgeline.scheduling.orders.Replanning}.
 */
package io.forgeline.scheduling.orders;
