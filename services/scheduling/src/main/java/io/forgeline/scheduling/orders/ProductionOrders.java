package io.forgeline.scheduling.orders;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The orders as the planner's screens and the scheduler read them, and the one move a published schedule makes. */
@ApplicationScoped
public class ProductionOrders {

    private final Clock clock;

    ProductionOrders(Clock clock) {
        this.clock = clock;
    }

    public Uni<ProductionOrder> find(UUID id) {
        return Panache.withSession(() -> ProductionOrder.<ProductionOrder>findById(id))
                .onItem().ifNull().failWith(() -> new NotFound("production order", id));
    }

    public Uni<List<ProductionOrder>> recent(Optional<OrderStatus> status, int limit) {
        return Panache.withSession(() -> (status.isPresent()
                ? ProductionOrder.<ProductionOrder>find("status", Sort.descending("createdAt"), status.get())
                : ProductionOrder.<ProductionOrder>findAll(Sort.descending("createdAt")))
                .page(0, limit).list());
    }

    /** Orders the scheduler plans: released, scheduled or running. Runs inside the caller's session. */
    public Uni<List<ProductionOrder>> plannable() {
        return ProductionOrder.<ProductionOrder>list("status in ?1 order by dueDate, number",
                List.of(OrderStatus.RELEASED, OrderStatus.SCHEDULED, OrderStatus.IN_PROGRESS));
    }

    /** Runs inside the caller's session. */
    public Uni<List<ProductionOrder>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : ProductionOrder.<ProductionOrder>list("id in ?1", ids);
    }

    /** What the shop floor reported for these orders; runs inside the caller's session. */
    public Uni<List<OperationProgress>> progress(Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? Uni.createFrom().item(List.of())
                : OperationProgress.<OperationProgress>list("key.orderId in ?1", orderIds);
    }

    /** A published schedule plans these orders: released ones become SCHEDULED. Runs in the caller's transaction. */
    public Uni<Void> scheduled(Collection<UUID> orderIds, Actor actor) {
        Instant now = clock.instant();
        return byIds(orderIds).call(list -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (ProductionOrder order : list) {
                Optional<OrderStatus> from = order.schedule();
                if (from.isPresent()) {
                    chain = chain.call(() -> OrderAudit.of(order, "scheduled", from.get(), actor, now).persist());
                }
            }
            return chain;
        }).replaceWithVoid();
    }
}
