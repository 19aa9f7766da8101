/**
 * Items: the warehouse's read-only copy of scheduling's item master, kept from the compacted topic
 * {@code scheduling.items.v1} (a value applies only when its version is newer than the one held).
 * Stock views take an item's description and unit from here; a clerk looks an item up by code or by a
 * scanned GTIN.
 */
package io.forgeline.warehouse.items;
