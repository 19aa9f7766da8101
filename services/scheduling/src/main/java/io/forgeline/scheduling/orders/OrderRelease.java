package io.forgeline.scheduling.orders;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.idempotency.IdempotentRequests.Attempt;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.quantity.Quantity;
import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.ItemMaster;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Releasing orders to the shop floor, directly or from PLANNED later: checks the item can be made, explodes its
 * BOM, asks the warehouse what is there (outside the transaction: no database lock waits on a remote call), then
 * stores the order, its audit row, the released event and any purchase requisitions in one transaction.
 */
@ApplicationScoped
public class OrderRelease {

    private final ItemMaster items;
    private final StockCheck stock;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Replanning replanning;
    private final ProductionOrders orders;
    private final Clock clock;

    OrderRelease(ItemMaster items, StockCheck stock, Outbox outbox, IdempotentRequests idempotency, Replanning replanning,
            ProductionOrders orders, Clock clock) {
        this.items = items;
        this.stock = stock;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.replanning = replanning;
        this.orders = orders;
        this.clock = clock;
    }

    /** Creates an order, released at once unless the command keeps it PLANNED. */
    public Uni<ProductionOrder> release(ReleaseOrder command, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("production-orders", actor, idempotencyKey, command.fingerprint(),
                attempt -> Panache.withSession(() -> ReleasePlan.prepare(command, items))
                        .flatMap(plan -> stock.available(plan.componentCodes())
                                .flatMap(available -> create(plan, available, attempt, actor)))
                        .invoke(this::startSoonIfRush),
                id -> orders.find(UUID.fromString(id)));
    }

    /**
     * Releases a PLANNED order (409 for any other): explodes and checks stock as it is now, then the same
     * transaction as a direct release.
     */
    public Uni<ProductionOrder> releasePlanned(UUID id, Actor actor) {
        return orders.find(id).invoke(order -> {
            if (order.status() != OrderStatus.PLANNED) {
                throw new io.forgeline.platform.problem.IllegalTransition("production order " + order.number() + " is "
                        + order.status() + " and cannot become RELEASED");
            }
        }).flatMap(order -> {
            ReleaseOrder command = new ReleaseOrder(order.itemCode(), order.quantity(), order.dueDate(), order.releaseAt(),
                    order.priority());
            return Panache.withSession(() -> ReleasePlan.prepare(command, items))
                    .flatMap(plan -> stock.available(plan.componentCodes())
                            .flatMap(available -> Panache.withTransaction(() -> ProductionOrder.<ProductionOrder>findById(id)
                                    .call(current -> released(current, current.release(plan.materials(available), available.isPresent()),
                                            plan, actor, clock.instant())))));
        }).invoke(this::startSoonIfRush);
    }

    private Uni<ProductionOrder> create(ReleasePlan plan, Optional<Map<String, Quantity>> available, Attempt attempt, Actor actor) {
        Instant now = clock.instant();
        List<MaterialLine> materials = plan.materials(available);
        return Panache.withTransaction(() -> DocumentNumbers.next("production_order_number_seq", "MO-").flatMap(number -> {
            ReleaseOrder command = plan.command();
            ProductionOrder order = ProductionOrder.planned(number, plan.item().code, command.quantity(), plan.item().unit,
                    command.dueDate(), command.releaseAt(), command.priority(), materials, available.isPresent(), actor.name(), now);
            Uni<ProductionOrder> stored = order.persist();
            return (command.releaseNow()
                    ? stored.call(() -> released(order, order.release(), plan, actor, now))
                    : stored.call(() -> OrderAudit.of(order, "planned", null, actor, now).persist()))
                    .call(() -> attempt.remember(order.id().toString()));
        }));
    }

    /** After PLANNED → RELEASED: its audit row, the released event, purchase requisitions and a rush reschedule. */
    private Uni<Void> released(ProductionOrder order, OrderStatus from, ReleasePlan plan, Actor actor, Instant now) {
        return OrderAudit.of(order, "released", from, actor, now).persist()
                .call(() -> outbox.append(OrderEvents.ORDERS_TOPIC, order.id().toString(), OrderEvents.RELEASED,
                        OrderEvents.released(order, plan, actor.name(), now)))
                .call(() -> requisitionShortages(order, plan))
                // a rush order cannot wait for the planner: the published plan is redone around it
                .call(() -> order.isRush() ? replanning.rushOrderReleased(order, actor) : Uni.createFrom().voidItem())
                .replaceWithVoid();
    }

    /** A bought component that is short becomes a purchase requisition for supply. */
    private Uni<Void> requisitionShortages(ProductionOrder order, ReleasePlan plan) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (MaterialLine line : order.materials()) {
            if (line.purchased() && line.shortage().isPositive()) {
                Item item = plan.component(line.itemCode());
                // one statement at a time: a reactive session does not run two at once
                chain = chain.call(() -> outbox.append(OrderEvents.REQUISITIONS_TOPIC, line.itemCode(),
                        OrderEvents.REQUISITION_RAISED, OrderEvents.requisition(order, line, item)));
            }
        }
        return chain;
    }

    private void startSoonIfRush(ProductionOrder order) {
        if (order.isRush()) {
            replanning.startSoon();
        }
    }
}
