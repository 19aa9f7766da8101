/**
 * Items: the item master's REST face (list with filters, read, create-or-replace with optimistic locking)
 * and {@code ItemChanged} on the compacted topic {@code scheduling.items.v1} for other services' read models.
 */
package io.forgeline.scheduling.masterdata.items;
