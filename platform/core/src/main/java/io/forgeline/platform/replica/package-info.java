/**
 * Local read models of another service's data, kept from a compacted topic. A compacted topic hands a
 * consumer the latest value per key, but a rebalance, a replay from the beginning or a producer re-send
 * can still bring an older value after a newer one; {@link io.forgeline.platform.replica.VersionedRow}
 * writes a value only when its version is newer than the stored one. Use it inside
 * {@code IdempotentConsumer.consume(...)}, which adds the {@code ce_id} check, retries and the dead-letter topic.
 */
package io.forgeline.platform.replica;
