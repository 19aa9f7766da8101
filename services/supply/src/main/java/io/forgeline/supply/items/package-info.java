/**
 * Items: supply's read-only copy of scheduling's item master, kept from the compacted topic
 * {@code scheduling.items.v1} (a value applies only when its version is newer than the one held).
 * Purchase orders show suppliers the item's description from here.
 */
package io.forgeline.supply.items;
