/**
 * Shipping: outbound deliveries the ERP sends ({@code POST /api/warehouse/deliveries}) are picked FEFO to the shipping
 * bin by the same pick tasks that stage production orders (the handheld's pick tab shows both), packed into the plant's
 * own SSCC-labelled handling units, and shipped: the stock leaves the ledger, {@code warehouse.shipments.v1} says which
 * lots went to which customer in which unit, and the customer gets a DESADV.
 */
package io.forgeline.warehouse.shipping;
