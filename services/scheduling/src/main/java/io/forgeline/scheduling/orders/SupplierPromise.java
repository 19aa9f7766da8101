package io.forgeline.scheduling.orders;

import java.time.Instant;

/**
 * A supplier's confirmed arrival of a bought component for one production order, as supply announced it.
 *
 * @param confirmation the purchase order's confirmation number (1, 2, ...): the higher, the newer
 */
public record SupplierPromise(String productionOrderNumber, String itemCode, Instant arrivesAt, String purchaseOrderNumber,
                              int confirmation) {
}
