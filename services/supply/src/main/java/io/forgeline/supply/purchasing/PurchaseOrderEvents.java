package io.forgeline.supply.purchasing;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.supply.v1.PurchaseOrderCancelled;
import io.forgeline.contracts.supply.v1.PurchaseOrderChanged;
import io.forgeline.contracts.supply.v1.PurchaseOrderConfirmed;
import io.forgeline.contracts.supply.v1.PurchaseOrderCreated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Purchase order changes as the api-contracts messages on {@value #TOPIC}, keyed by purchase order id. */
final class PurchaseOrderEvents {

    static final String TOPIC = "supply.purchase-orders.v1";
    static final String CREATED = "io.forgeline.supply.purchase-order.created.v1";
    static final String CHANGED = "io.forgeline.supply.purchase-order.changed.v1";
    static final String CONFIRMED = "io.forgeline.supply.purchase-order.confirmed.v1";
    static final String CANCELLED = "io.forgeline.supply.purchase-order.cancelled.v1";

    private PurchaseOrderEvents() {
    }

    /** The order as the supplier got it. */
    static PurchaseOrderCreated created(PurchaseOrder order, ZoneId plantZone) {
        PurchaseOrderLine first = order.lines().getFirst();
        return PurchaseOrderCreated.newBuilder()
                .setPurchaseOrderId(order.id().toString())
                .setPurchaseOrderNumber(order.number())
                .setSupplierCode(order.supplierCode())
                .setItemCode(first.itemCode())
                .setQuantity(quantity(first.quantity(), first.unit()))
                .setNeedDate(PurchaseOrder.dockTime(first.requestedDate(), plantZone).toString())
                .addAllLines(lines(order))
                .setRevision(order.revision())
                .setDeliveryPlant(order.deliveryPlant())
                .build();
    }

    static PurchaseOrderChanged changed(PurchaseOrder order, String change) {
        return PurchaseOrderChanged.newBuilder()
                .setPurchaseOrderId(order.id().toString())
                .setPurchaseOrderNumber(order.number())
                .setSupplierCode(order.supplierCode())
                .setRevision(order.revision())
                .setStatus(order.status().name())
                .addAllLines(lines(order))
                .setChange(change)
                .setChangedAt(order.changedAt().toString())
                .build();
    }

    /**
     * A newly confirmed line's promises: one event per requisition it covers (a consolidated line serves several
     * production orders, each promised with the delivery that completes its quantity), or one for the whole line
     * when it covers none (a buyer's own order, a stock replenishment).
     */
    static List<PurchaseOrderConfirmed> confirmed(PurchaseOrder order, PurchaseOrderLine line, ZoneId plantZone) {
        List<PurchaseOrderConfirmed> events = new ArrayList<>();
        Map<Demand, LocalDate> promises = Promises.of(line);
        if (promises.isEmpty()) {
            events.add(confirmed(order, line, "", line.quantity(), line.lastConfirmedDelivery(), plantZone));
        }
        promises.forEach((demand, date) -> events.add(confirmed(order, line,
                demand.productionOrderNumber() == null ? "" : demand.productionOrderNumber(), demand.quantity(), date, plantZone)));
        return events;
    }

    private static PurchaseOrderConfirmed confirmed(PurchaseOrder order, PurchaseOrderLine line, String productionOrder,
            BigDecimal quantity, LocalDate arrives, ZoneId plantZone) {
        return PurchaseOrderConfirmed.newBuilder()
                .setPurchaseOrderId(order.id().toString())
                .setPurchaseOrderNumber(order.number())
                .setSupplierCode(order.supplierCode())
                .setItemCode(line.itemCode())
                .setQuantity(quantity(quantity, line.unit()))
                .setPromisedDate(PurchaseOrder.dockTime(arrives, plantZone).toString())
                .setProductionOrderNumber(productionOrder)
                .setConfirmation(order.confirmations())
                .setConfirmedAt(order.confirmedAt().toString())
                .setLineNumber(line.lineNumber())
                .build();
    }

    static PurchaseOrderCancelled cancelled(PurchaseOrder order, String productionOrderNumber, String reason, Instant cancelledAt) {
        return PurchaseOrderCancelled.newBuilder()
                .setPurchaseOrderId(order.id().toString())
                .setPurchaseOrderNumber(order.number())
                .setSupplierCode(order.supplierCode())
                .setItemCode(order.lines().getFirst().itemCode())
                .setProductionOrderNumber(productionOrderNumber == null ? "" : productionOrderNumber)
                .setReason(reason)
                .setCancelledAt(cancelledAt.toString())
                .build();
    }

    private static List<io.forgeline.contracts.supply.v1.PurchaseOrderLine> lines(PurchaseOrder order) {
        return order.lines().stream().map(line -> io.forgeline.contracts.supply.v1.PurchaseOrderLine.newBuilder()
                .setLineNumber(line.lineNumber())
                .setItemCode(line.itemCode())
                .setQuantity(quantity(line.quantity(), line.unit()))
                .setRequestedDate(line.requestedDate().toString())
                .setStatus(line.status().name())
                .addAllConfirmedDeliveries(line.confirmed().stream().map(d -> io.forgeline.contracts.supply.v1.Delivery.newBuilder()
                        .setQuantity(quantity(d.quantity(), line.unit())).setDate(d.date().toString()).build()).toList())
                .build()).toList();
    }

    private static Quantity quantity(BigDecimal amount, String unit) {
        return Quantity.newBuilder().setAmount(amount.stripTrailingZeros().toPlainString()).setUnit(unit).build();
    }
}
