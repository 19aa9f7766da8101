package io.forgeline.warehouse.receiving;

import io.forgeline.contracts.supply.v1.PurchaseOrderCancelled;
import io.forgeline.contracts.supply.v1.PurchaseOrderChanged;
import io.forgeline.contracts.supply.v1.PurchaseOrderCreated;
import io.forgeline.contracts.supply.v1.PurchaseOrderLine;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.platform.locking.TransactionLocks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the copy of supply's purchase orders: sent and changed orders at their highest revision (an older revision
 * arriving late changes nothing), cancelled ones marked. Confirmations change no line and are not kept.
 */
@ApplicationScoped
public class PurchaseOrderChanges {

    static final String CREATED = "io.forgeline.supply.purchase-order.created.v1";
    static final String CHANGED = "io.forgeline.supply.purchase-order.changed.v1";
    static final String CANCELLED = "io.forgeline.supply.purchase-order.cancelled.v1";

    private final IdempotentConsumer consumer;

    PurchaseOrderChanges(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("purchase-orders")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, event -> switch (event.type()) {
            case CREATED -> {
                PurchaseOrderCreated order = event.payload(PurchaseOrderCreated.parser());
                yield kept(order.getPurchaseOrderId(), order.getPurchaseOrderNumber(), order.getSupplierCode(), order.getRevision(),
                        order.getLinesList());
            }
            case CHANGED -> {
                PurchaseOrderChanged order = event.payload(PurchaseOrderChanged.parser());
                yield kept(order.getPurchaseOrderId(), order.getPurchaseOrderNumber(), order.getSupplierCode(), order.getRevision(),
                        order.getLinesList());
            }
            case CANCELLED -> cancelled(event.payload(PurchaseOrderCancelled.parser()));
            default -> Uni.createFrom().voidItem();
        });
    }

    private static Uni<Void> kept(String id, String number, String supplierCode, int revision, List<PurchaseOrderLine> lines) {
        UUID orderId = UUID.fromString(id);
        return TransactionLocks.lock("purchase-order:" + id).chain(() -> PurchaseOrderCopy.<PurchaseOrderCopy>findById(orderId)).flatMap(known -> {
            if (known != null && known.revision >= revision) {
                return Uni.createFrom().voidItem();
            }
            PurchaseOrderCopy copy = known != null ? known : new PurchaseOrderCopy();
            copy.id = orderId;
            copy.number = number;
            copy.supplierCode = supplierCode;
            copy.revision = revision;
            copy.lines = new PurchaseOrderCopy.Lines(lines.stream().map(line -> new PurchaseOrderCopy.Line(line.getLineNumber(), line.getItemCode(),
                    new BigDecimal(line.getQuantity().getAmount()), line.getQuantity().getUnit(), line.getStatus())).toList());
            return known != null ? Uni.createFrom().voidItem() : copy.persist().replaceWithVoid();
        });
    }

    private static Uni<Void> cancelled(PurchaseOrderCancelled cancelled) {
        return TransactionLocks.lock("purchase-order:" + cancelled.getPurchaseOrderId())
                .chain(() -> PurchaseOrderCopy.<PurchaseOrderCopy>findById(UUID.fromString(cancelled.getPurchaseOrderId())))
                .invoke(known -> {
                    if (known != null) {
                        known.cancelled = true;
                    }
                })
                .replaceWithVoid();
    }
}
