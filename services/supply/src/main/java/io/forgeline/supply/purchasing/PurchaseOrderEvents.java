package io.forgeline.supply.purchasing;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.supply.v1.PurchaseOrderConfirmed;
import io.forgeline.contracts.supply.v1.PurchaseOrderCancelled;
import io.forgeline.contracts.supply.v1.PurchaseOrderCreated;

/** Purchase order changes as the api-contracts messages on {@value #TOPIC}, keyed by purchase order id. */
final class PurchaseOrderEvents {

    static final String TOPIC = "supply.purchase-orders.v1";
    static final String CREATED = "io.forgeline.supply.purchase-order.created.v1";
    static final String CONFIRMED = "io.forgeline.supply.purchase-order.confirmed.v1";
    static final String CANCELLED = "io.forgeline.supply.purchase-order.cancelled.v1";

    private PurchaseOrderEvents() {
    }

    static PurchaseOrderCreated created(PurchaseOrder order) {
        return PurchaseOrderCreated.newBuilder()
                .setPurchaseOrderId(order.id().toString())
                .setPurchaseOrderNumber(order.number())
                .setSupplierCode(order.supplierCode())
                .setItemCode(order.itemCode())
                .setQuantity(quantity(order))
                .setNeedDate(order.needDate().toString())
                .build();
    }

    /** The order's latest confirmation: call it right after {@link PurchaseOrder#confirm} said it was a new one. */
    static PurchaseOrderConfirmed confirmed(PurchaseOrder order) {
        return PurchaseOrderConfirmed.newBuilder()
                .setPurchaseOrderId(order.id().toString())
                .setPurchaseOrderNumber(order.number())
                .setSupplierCode(order.supplierCode())
                .setItemCode(order.itemCode())
                .setQuantity(quantity(order))
                .setPromisedDate(order.promisedDate().toString())
                .setProductionOrderNumber(order.productionOrderNumber() == null ? "" : order.productionOrderNumber())
                .setConfirmation(order.confirmations())
                .setConfirmedAt(order.confirmedAt().toString())
                .build();
    }

    static PurchaseOrderCancelled cancelled(PurchaseOrder order, String reason) {
        return PurchaseOrderCancelled.newBuilder()
                .setPurchaseOrderId(order.id().toString())
                .setPurchaseOrderNumber(order.number())
                .setSupplierCode(order.supplierCode())
                .setItemCode(order.itemCode())
                .setProductionOrderNumber(order.productionOrderNumber() == null ? "" : order.productionOrderNumber())
                .setReason(reason)
                .setCancelledAt(order.cancelledAt().toString())
                .build();
    }

    private static Quantity quantity(PurchaseOrder order) {
        return Quantity.newBuilder().setAmount(order.quantity().stripTrailingZeros().toPlainString()).setUnit(order.unit()).build();
    }
}
