package io.forgeline.quality.arrivals;

import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.quality.inspectionlot.InspectionLots;
import io.forgeline.quality.inspectionlot.LotOrigin;
import io.forgeline.quality.inspectionlot.OpenLot;
import io.forgeline.quality.inspectionplan.InspectionPlanCatalog;
import io.forgeline.quality.inspectionplan.InspectionType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A finished lot reported off an order's last operation opens a final inspection lot when the item has a FINAL
 * plan: warehouse received that output into quarantine for the same reason (it asks quality's plans), and the
 * decision releases it. Without a plan warehouse made it available at once, and there is nothing to open.
 */
@ApplicationScoped
public class ProductionOutputs {

    static final String REPORTED = "io.forgeline.execution.production-output-reported.v1";

    private final IdempotentConsumer consumer;
    private final InspectionPlanCatalog plans;
    private final InspectionLots lots;

    ProductionOutputs(IdempotentConsumer consumer, InspectionPlanCatalog plans, InspectionLots lots) {
        this.consumer = consumer;
        this.plans = plans;
        this.lots = lots;
    }

    @Incoming("production-output")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, REPORTED, ProductionOutputReported.parser(), this::open);
    }

    /** Inside the consumer's transaction. */
    Uni<Void> open(ProductionOutputReported output) {
        BigDecimal quantity = new BigDecimal(output.getQuantity().getAmount());
        if (quantity.signum() <= 0) {
            return Uni.createFrom().voidItem();
        }
        return plans.planFor(output.getItemCode(), InspectionType.FINAL, "").flatMap(plan -> {
            if (plan.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Actor operator = new Actor(output.getReportedBy(), output.getReportedBy(), Set.of(), Optional.empty());
            return lots.open(new OpenLot(output.getItemCode(), "", output.getLot(), quantity, output.getQuantity().getUnit(), InspectionType.FINAL,
                    List.of(), LotOrigin.PRODUCTION, output.getOutputId()), operator).replaceWithVoid();
        });
    }
}
