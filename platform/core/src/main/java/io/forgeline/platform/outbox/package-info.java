/**
 * Transactional outbox: a service appends its event in the same transaction as the state change
 * ({@link io.forgeline.platform.outbox.Outbox}); {@link io.forgeline.platform.outbox.OutboxRelay}
 * publishes it to Kafka afterwards with CloudEvents headers and the trace context captured at append
 * time. A crash between publish and bookkeeping re-publishes the same {@code ce_id}; consumers drop
 * the duplicate, so nothing is lost and nothing is applied twice.
 */
package io.forgeline.platform.outbox;
