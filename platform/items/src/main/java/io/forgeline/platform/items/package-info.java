/**
 * Items: the read-only copy of scheduling's item master that other services keep, written once for all
 * of them. {@link io.forgeline.platform.items.ItemChanges} consumes the compacted topic
 * {@code scheduling.items.v1} through the idempotent consumer; {@link io.forgeline.platform.items.Items}
 * applies a value only when its version is newer than the one held, and answers the lookups (by code,
 * by codes, descriptions, by a scanned GTIN). Each service keeps its own {@code item} table in its own
 * database, created by its own Flyway migration with the columns {@link io.forgeline.platform.items.Item} maps.
 */
package io.forgeline.platform.items;
