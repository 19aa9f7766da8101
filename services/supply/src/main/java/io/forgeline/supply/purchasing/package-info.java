/**
 * Purchasing: purchase requisitions from scheduling become purchase orders for the item's supplier;
 * suppliers read their own orders (and only those) through the partner API.
 */
package io.forgeline.supply.purchasing;
