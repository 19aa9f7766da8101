package io.forgeline.quality.arrivals;

import io.forgeline.contracts.execution.v1.OperationCompleted;
import io.forgeline.contracts.execution.v1.OperationDataCollected;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.quality.inspectionlot.InspectionLots;
import io.forgeline.quality.inspectionlot.LotOrigin;
import io.forgeline.quality.inspectionlot.OpenLot;
import io.forgeline.quality.inspectionplan.InspectionPlanCatalog;
import io.forgeline.quality.inspectionplan.InspectionType;
import io.forgeline.quality.spc.FloorMeasurements;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * An operation completed at a routing step an in-process plan flags opens an in-process inspection lot of its good
 * quantity. The work in progress has no lot number of its own yet (the plant numbers only the finished lot), so the
 * inspection lot carries the production order's number. Once per operation, however often the event comes. The same
 * topic brings the measurements operators recorded on operations, handed to the control charts ({@link FloorMeasurements}).
 */
@ApplicationScoped
public class OperationCompletions {

    static final String COMPLETED = "io.forgeline.execution.operation.completed.v1";
    static final String DATA_COLLECTED = "io.forgeline.execution.operation.data-collected.v1";

    private final IdempotentConsumer consumer;
    private final InspectionPlanCatalog plans;
    private final InspectionLots lots;
    private final FloorMeasurements measurements;

    OperationCompletions(IdempotentConsumer consumer, InspectionPlanCatalog plans, InspectionLots lots, FloorMeasurements measurements) {
        this.consumer = consumer;
        this.plans = plans;
        this.lots = lots;
        this.measurements = measurements;
    }

    @Incoming("operation-progress")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, event -> switch (event.type()) {
            case COMPLETED -> open(event.payload(OperationCompleted.parser()));
            case DATA_COLLECTED -> measurements.collected(event.payload(OperationDataCollected.parser()));
            default -> Uni.createFrom().voidItem();
        });
    }

    /** Inside the consumer's transaction. */
    Uni<Void> open(OperationCompleted completed) {
        BigDecimal good = new BigDecimal(completed.getGoodQuantity().getAmount().isBlank() ? "0" : completed.getGoodQuantity().getAmount());
        if (good.signum() <= 0 || completed.getItemCode().isBlank()) {
            return Uni.createFrom().voidItem(); // nothing good came off it, or an event from before execution named the item
        }
        return plans.inProcessAt(completed.getItemCode(), completed.getOperationSequence()).flatMap(plan -> {
            if (plan.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Actor operator = new Actor(completed.getCompletedBy(), completed.getCompletedBy(), Set.of(), Optional.empty());
            return lots.open(new OpenLot(completed.getItemCode(), "", completed.getOrderNumber(), good, completed.getGoodQuantity().getUnit(),
                    InspectionType.IN_PROCESS, List.of(), LotOrigin.PRODUCTION, completed.getOrderId() + "/" + completed.getOperationSequence(),
                    completed.getOperationSequence()), operator).replaceWithVoid();
        });
    }
}
