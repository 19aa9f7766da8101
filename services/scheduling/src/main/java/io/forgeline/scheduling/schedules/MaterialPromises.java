package io.forgeline.scheduling.schedules;

import io.forgeline.contracts.supply.v1.PurchaseOrderConfirmed;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.scheduling.orders.OrderMaterials;
import io.forgeline.scheduling.orders.SupplierPromise;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Suppliers' confirmed arrival dates hold back the operations that need the material; a date later than planning
 * assumed (material is late) reschedules the published plan, in the same transaction as recording it.
 */
@ApplicationScoped
public class MaterialPromises {

    static final String CONFIRMED = "io.forgeline.supply.purchase-order.confirmed.v1";

    private final IdempotentConsumer consumer;
    private final OrderMaterials materials;
    private final ScheduleService schedules;
    private final SolveQueue queue;

    MaterialPromises(IdempotentConsumer consumer, OrderMaterials materials, ScheduleService schedules, SolveQueue queue) {
        this.consumer = consumer;
        this.materials = materials;
        this.schedules = schedules;
        this.queue = queue;
    }

    @Incoming("purchase-orders")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, CONFIRMED, PurchaseOrderConfirmed.parser(), this::apply).invoke(queue::poke);
    }

    private Uni<Void> apply(PurchaseOrderConfirmed confirmed) {
        if (confirmed.getProductionOrderNumber().isBlank()) {
            return Uni.createFrom().voidItem(); // stock replenishment, not for one of our orders
        }
        return materials.promised(new SupplierPromise(confirmed.getProductionOrderNumber(), confirmed.getItemCode(),
                        Instant.parse(confirmed.getPromisedDate()), confirmed.getPurchaseOrderNumber(), confirmed.getConfirmation()))
                .flatMap(late -> late ? schedules.requestReschedule(ScheduleKind.MATERIAL_LATE, confirmed.getSupplierCode())
                        : Uni.createFrom().voidItem());
    }
}
