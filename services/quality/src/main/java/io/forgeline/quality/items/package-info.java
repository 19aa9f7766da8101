/**
 * Items: quality's read-only copy of scheduling's item master, kept from the compacted topic
 * {@code scheduling.items.v1} (a value applies only when its version is newer than the one held).
 * Inspection plan views name the item with its description from here.
 */
package io.forgeline.quality.items;
