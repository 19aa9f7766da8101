/**
 * Purchasing: purchase requisitions from scheduling become purchase orders for the item's supplier;
 * suppliers read their own orders (and only those) through the partner API and confirm when the goods
 * arrive. Every new promised date is announced on {@code supply.purchase-orders.v1}.
 */
package io.forgeline.supply.purchasing;
