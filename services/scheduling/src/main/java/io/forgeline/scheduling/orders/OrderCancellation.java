package io.forgeline.scheduling.orders;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A planner cancels an order the shop floor has not started. The cancelled event goes out in the same
 * transaction: execution takes the order's operations off the dispatch lists and supply cancels the purchase
 * orders raised for it that the supplier has not confirmed yet.
 */
@ApplicationScoped
public class OrderCancellation {

    private final Outbox outbox;
    private final Clock clock;

    OrderCancellation(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** 409 once an operation has started (IN_PROGRESS), or when the order is completed or already cancelled. */
    public Uni<ProductionOrder> cancel(UUID id, Actor actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ProductionOrder.<ProductionOrder>findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("production order", id))
                .call(order -> {
                    OrderStatus from = order.cancel();
                    return OrderAudit.of(order, "cancelled", from, actor, now).persist()
                            .call(() -> outbox.append(OrderEvents.ORDERS_TOPIC, order.id().toString(), OrderEvents.CANCELLED,
                                    OrderEvents.cancelled(order, from, actor.name(), now)));
                }));
    }
}
