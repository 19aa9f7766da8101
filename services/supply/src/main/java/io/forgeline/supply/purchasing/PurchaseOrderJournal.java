package io.forgeline.supply.purchasing;

import com.google.protobuf.MessageLite;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.supply.webhooks.WebhookEventType;
import io.forgeline.supply.webhooks.Webhooks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Records what happened to a purchase order and tells the plant and the supplier, inside the caller's
 * transaction: a revision row for every revision of a sent order, the event on {@value PurchaseOrderEvents#TOPIC}
 * through the outbox, and a message for each of the supplier's webhooks that listens. A draft is nobody's business but the buyer's: it is neither recorded nor announced.
 */
@ApplicationScoped
public class PurchaseOrderJournal {

    private final Outbox outbox;
    private final Webhooks webhooks;
    private final PurchaseOrderViews views;
    private final Plant plant;

    PurchaseOrderJournal(Outbox outbox, Webhooks webhooks, PurchaseOrderViews views, Plant plant) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.views = views;
        this.plant = plant;
    }

    /** The supplier got the order. */
    Uni<Void> sent(PurchaseOrder order, String by) {
        return PurchaseOrderRevision.of(order, "sent", by).persist()
                .call(() -> append(order, PurchaseOrderEvents.CREATED, PurchaseOrderEvents.created(order, plant.zone())))
                .call(() -> tellSupplier(order, WebhookEventType.PURCHASE_ORDER_CREATED))
                .replaceWithVoid();
    }

    /** A sent order moved to a new revision. */
    Uni<Void> changed(PurchaseOrder order, String change, String by) {
        if (!order.isSent()) {
            return Uni.createFrom().voidItem();
        }
        return PurchaseOrderRevision.of(order, change, by).persist()
                .call(() -> append(order, PurchaseOrderEvents.CHANGED, PurchaseOrderEvents.changed(order, change)))
                .call(() -> tellSupplier(order, WebhookEventType.PURCHASE_ORDER_CHANGED))
                .replaceWithVoid();
    }

    /** Lines the supplier newly committed to: their promises reach scheduling, the commitment is kept with who gave it. */
    Uni<Void> confirmed(PurchaseOrder order, List<PurchaseOrderLine> lines, String by) {
        if (lines.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> chain = PurchaseOrderConfirmation.of(order, by).persist().replaceWithVoid();
        for (PurchaseOrderLine line : lines) {
            for (var event : PurchaseOrderEvents.confirmed(order, line, plant.zone())) {
                chain = chain.call(() -> append(order, PurchaseOrderEvents.CONFIRMED, event));
            }
        }
        return chain;
    }

    /** The order will not be delivered. */
    Uni<Void> cancelled(PurchaseOrder order, String productionOrderNumber, String reason, String by) {
        if (!order.isSent()) {
            return Uni.createFrom().voidItem();
        }
        return PurchaseOrderRevision.of(order, "cancelled: " + reason, by).persist()
                .call(() -> append(order, PurchaseOrderEvents.CANCELLED,
                        PurchaseOrderEvents.cancelled(order, productionOrderNumber, reason, order.cancelledAt())))
                .call(() -> tellSupplier(order, WebhookEventType.PURCHASE_ORDER_CANCELLED))
                .replaceWithVoid();
    }

    /** The supplier's webhooks for this kind of change get the order as the supplier reads it. */
    private Uni<Void> tellSupplier(PurchaseOrder order, WebhookEventType type) {
        return webhooks.queue(order.supplierCode(), type, () -> views.partner(order));
    }

    private Uni<Void> append(PurchaseOrder order, String type, MessageLite event) {
        return outbox.append(PurchaseOrderEvents.TOPIC, order.id().toString(), type, event).replaceWithVoid();
    }
}
