/**
 * Idempotent consumer: an event's {@code ce_id} is recorded in the same transaction as its effect, so a
 * redelivered event (after a crash, a rebalance or a relay re-send) is recognised and skipped. Failures
 * are retried with back-off; an event that still fails, or cannot even be read, is parked on
 * {@code <topic>.dlq} by the Kafka connector's dead-letter strategy.
 */
package io.forgeline.platform.inbox;
