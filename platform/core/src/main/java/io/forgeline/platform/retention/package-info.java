/**
 * How long the platform's own bookkeeping is kept: published outbox rows, the {@code ce_id}s of applied
 * events and honoured Idempotency-Keys. An applied event's {@code ce_id} must outlive every copy of the
 * event Kafka may still deliver, so its retention must be longer than the topics' retention; the service
 * refuses to start when it is not.
 */
package io.forgeline.platform.retention;
