package io.forgeline.scheduling.orders;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.idempotency.IdempotentRequests.Attempt;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.platform.quantity.Quantity;
import io.forgeline.scheduling.masterdata.BomLine;
import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.ItemMaster;
import io.forgeline.scheduling.masterdata.RoutingOperation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProductionOrderService {

    private final ItemMaster items;
    private final StockCheck stock;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    ProductionOrderService(ItemMaster items, StockCheck stock, Outbox outbox, IdempotentRequests idempotency, Clock clock) {
        this.items = items;
        this.stock = stock;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * Releases an order: checks the item can be made, explodes its BOM, asks the warehouse what is there
     * (outside the transaction: no database lock waits on a remote call), then stores the order, its
     * audit row, the released event and any purchase requisitions in one transaction.
     */
    public Uni<ProductionOrder> release(ReleaseOrder command, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("production-orders", actor, idempotencyKey, command.fingerprint(),
                attempt -> Panache.withSession(() -> prepare(command))
                        .flatMap(plan -> stock.available(plan.componentCodes())
                                .flatMap(available -> commit(plan, available, attempt, actor))),
                id -> find(UUID.fromString(id)));
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

    private Uni<ReleasePlan> prepare(ReleaseOrder command) {
        String itemCode = command.itemCode().trim();
        return items.item(itemCode)
                .map(found -> found.orElseThrow(() -> new RuleViolation("itemCode",
                        "item " + itemCode + " is not in the item master")))
                .invoke(item -> {
                    if (item.isBought()) {
                        throw new RuleViolation("itemCode", "item " + itemCode + " is bought, not made: it needs a purchase order");
                    }
                    if (item.isCountedInWholeUnits() && command.quantity().stripTrailingZeros().scale() > 0) {
                        throw new RuleViolation("quantity", item.code + " is counted in whole " + item.unit);
                    }
                })
                .flatMap(item -> items.routing(item.code).flatMap(routing -> {
                    if (routing.isEmpty()) {
                        throw new RuleViolation("itemCode", "item " + itemCode + " has no routing yet: add its operations first");
                    }
                    return items.bom(item.code).flatMap(bom -> items.items(bom.stream().map(BomLine::componentCode).toList())
                            .map(components -> new ReleasePlan(command, item, routing,
                                    MaterialExplosion.explode(command.quantity(), bom, components))));
                }));
    }

    private Uni<ProductionOrder> commit(ReleasePlan plan, Optional<Map<String, Quantity>> available, Attempt attempt, Actor actor) {
        Instant now = clock.instant();
        List<MaterialLine> materials = plan.requirements().stream()
                .map(r -> new MaterialLine(r.component().code, r.quantity(),
                        available.map(stock -> stock.getOrDefault(r.component().code, Quantity.zero(r.quantity().unit()))).orElse(null),
                        r.component().isBought()))
                .toList();
        return Panache.withTransaction(() -> DocumentNumbers.next("production_order_number_seq", "MO-").flatMap(number -> {
            ProductionOrder order = ProductionOrder.planned(number, plan.item().code, plan.command().quantity(), plan.item().unit,
                    plan.command().dueDate(), materials, available.isPresent(), actor.name(), now);
            OrderStatus from = order.moveTo(OrderStatus.RELEASED);
            return order.<ProductionOrder>persist()
                    .call(() -> OrderAudit.of(order, "released", from, actor, now).persist())
                    .call(() -> outbox.append(OrderEvents.ORDERS_TOPIC, order.id.toString(), OrderEvents.RELEASED,
                            OrderEvents.released(order, plan.routing(), actor.name(), now)))
                    .call(() -> requisitionShortages(order, plan))
                    .call(() -> attempt.remember(order.id.toString()));
        }));
    }

    /** A bought component that is short becomes a purchase requisition for supply. */
    private Uni<Void> requisitionShortages(ProductionOrder order, ReleasePlan plan) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (MaterialLine line : order.materials) {
            if (line.purchased && line.shortage().isPositive()) {
                Item item = plan.component(line.itemCode);
                // one statement at a time: a reactive session does not run two at once
                chain = chain.call(() -> outbox.append(OrderEvents.REQUISITIONS_TOPIC, line.itemCode,
                        OrderEvents.REQUISITION_RAISED, OrderEvents.requisition(order, line, item)));
            }
        }
        return chain;
    }


    record ReleasePlan(ReleaseOrder command, Item item, List<RoutingOperation> routing,
                       List<MaterialExplosion.Requirement> requirements) {

        List<String> componentCodes() {
            return requirements.stream().map(r -> r.component().code).toList();
        }

        Item component(String code) {
            return requirements.stream().map(MaterialExplosion.Requirement::component)
                    .filter(i -> i.code.equals(code)).findFirst().orElseThrow();
        }
    }
}
