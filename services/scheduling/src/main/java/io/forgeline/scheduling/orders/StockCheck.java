package io.forgeline.scheduling.orders;

import io.forgeline.contracts.warehouse.v1.AvailabilityRequest;
import io.forgeline.contracts.warehouse.v1.ItemAvailability;
import io.forgeline.contracts.warehouse.v1.MutinyStockAvailabilityGrpc.MutinyStockAvailabilityStub;
import io.forgeline.platform.quantity.Quantity;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Asks the warehouse, over gRPC, what it can issue now. A release must not fail because the warehouse is
 * slow: after the deadline and one retry the answer is "unknown" and the order records that.
 */
@ApplicationScoped
class StockCheck {

    private static final Logger LOG = Logger.getLogger(StockCheck.class);

    /** A planner waits for this answer: past it, the order is released with availability unknown. */
    private static final long DEADLINE_MILLIS = 2_000;

    private final MutinyStockAvailabilityStub warehouse;

    StockCheck(@GrpcClient("warehouse") MutinyStockAvailabilityStub warehouse) {
        this.warehouse = warehouse;
    }

    Uni<Optional<Map<String, Quantity>>> available(Collection<String> itemCodes) {
        if (itemCodes.isEmpty()) {
            return Uni.createFrom().item(Optional.of(Map.of()));
        }
        AvailabilityRequest request = AvailabilityRequest.newBuilder().addAllItemCodes(itemCodes).build();
        // the deadline is set per call: a stub's deadline is an instant, not a duration
        return Uni.createFrom().deferred(() -> warehouse.withDeadlineAfter(DEADLINE_MILLIS, TimeUnit.MILLISECONDS)
                        .checkAvailability(request))
                .onFailure().retry().withBackOff(Duration.ofMillis(100)).atMost(1)
                .map(reply -> Optional.of(reply.getItemsList().stream().collect(Collectors.toMap(
                        ItemAvailability::getItemCode,
                        item -> Quantity.of(item.getAvailable().getAmount(), item.getAvailable().getUnit())))))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("warehouse availability unknown: %s", failure.getMessage());
                    return Optional.empty();
                });
    }
}
