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
import io.forgeline.scheduling.schedules.ScheduleKind;
import io.forgeline.scheduling.schedules.ScheduleService;
import io.forgeline.scheduling.schedules.SolveQueue;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
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
    private final ScheduleService schedules;
    private final SolveQueue solving;

    ProductionOrderService(ItemMaster items, StockCheck stock, Outbox outbox, IdempotentRequests idempotency, Clock clock,
            ScheduleService schedules, SolveQueue solving) {
        this.items = items;
        this.stock = stock;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
        this.schedules = schedules;
        this.solving = solving;
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
                                .flatMap(available -> commit(plan, available, attempt, actor)))
                        .invoke(order -> {
                            if (order.isRush()) {
                                solving.poke();
                            }
                        }),
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

    /** Orders the scheduler plans: released, scheduled or running. */
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
                if (order.status == OrderStatus.RELEASED) {
                    OrderStatus from = order.moveTo(OrderStatus.SCHEDULED);
                    chain = chain.call(() -> OrderAudit.of(order, "scheduled", from, actor, now).persist());
                }
            }
            return chain;
        }).replaceWithVoid();
    }

    public Uni<ProductionOrder> cancel(UUID id, Actor actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ProductionOrder.<ProductionOrder>findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("production order", id))
                .call(order -> {
                    OrderStatus from = order.moveTo(OrderStatus.CANCELLED);
                    return OrderAudit.of(order, "cancelled", from, actor, now).persist();
                }));
    }

    /** The shop floor started an operation: the order is IN_PROGRESS from its first one on. */
    public Uni<Void> operationStarted(UUID orderId, int sequence, String machineCode, Instant at, Actor actor) {
        return ProductionOrder.<ProductionOrder>findById(orderId).call(order -> {
            if (order == null) {
                return Uni.createFrom().voidItem(); // not ours (another plant's order): nothing to track
            }
            return progress(orderId, sequence).call(p -> {
                p.machineCode = machineCode == null || machineCode.isBlank() ? p.machineCode : machineCode;
                p.startedAt = p.startedAt == null ? at : p.startedAt;
                return p.persist();
            }).call(() -> {
                if (order.status == OrderStatus.RELEASED || order.status == OrderStatus.SCHEDULED) {
                    OrderStatus from = order.moveTo(OrderStatus.IN_PROGRESS);
                    return OrderAudit.of(order, "started", from, actor, at).persist();
                }
                return Uni.createFrom().voidItem();
            });
        }).replaceWithVoid();
    }

    /** The shop floor completed an operation; the last one completes the order. */
    public Uni<Void> operationCompleted(UUID orderId, int sequence, String machineCode, Instant at, boolean orderDone, Actor actor) {
        return ProductionOrder.<ProductionOrder>findById(orderId).call(order -> {
            if (order == null) {
                return Uni.createFrom().voidItem();
            }
            return progress(orderId, sequence).call(p -> {
                p.machineCode = machineCode == null || machineCode.isBlank() ? p.machineCode : machineCode;
                p.startedAt = p.startedAt == null ? at : p.startedAt;
                p.completedAt = at;
                return p.persist();
            }).call(() -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                if (order.status == OrderStatus.RELEASED || order.status == OrderStatus.SCHEDULED) {
                    OrderStatus from = order.moveTo(OrderStatus.IN_PROGRESS);
                    chain = chain.call(() -> OrderAudit.of(order, "started", from, actor, at).persist());
                }
                if (orderDone && order.status != OrderStatus.COMPLETED && order.status != OrderStatus.CANCELLED) {
                    chain = chain.call(() -> {
                        OrderStatus from = order.moveTo(OrderStatus.COMPLETED);
                        return OrderAudit.of(order, "completed", from, actor, at).persist();
                    });
                }
                return chain;
            });
        }).replaceWithVoid();
    }

    /**
     * A supplier promised when a short component arrives. In the caller's transaction.
     * @return true when the promise is later than what planning assumed so far (the plan must move)
     */
    public Uni<Boolean> materialPromised(String orderNumber, String itemCode, Instant promisedAt) {
        return ProductionOrder.<ProductionOrder>find("number", orderNumber).firstResult().map(order -> {
            if (order == null || order.status == OrderStatus.COMPLETED || order.status == OrderStatus.CANCELLED) {
                return false;
            }
            Instant readyBefore = order.materialReadyAt();
            boolean changed = false;
            for (MaterialLine line : order.materials) {
                if (line.itemCode.equals(itemCode) && !promisedAt.equals(line.expectedAt)) {
                    line.expectedAt = promisedAt;
                    changed = true;
                }
            }
            if (changed) {
                // an element collection is replaced as a whole: tell Hibernate the list changed
                order.materials = new java.util.ArrayList<>(order.materials);
            }
            Instant readyNow = order.materialReadyAt();
            return changed && readyNow != null && (readyBefore == null || readyNow.isAfter(readyBefore));
        });
    }

    private static Uni<OperationProgress> progress(UUID orderId, int sequence) {
        OperationProgress.Key key = new OperationProgress.Key(orderId, sequence);
        return OperationProgress.<OperationProgress>findById(key).map(found -> {
            if (found != null) {
                return found;
            }
            OperationProgress p = new OperationProgress();
            p.key = key;
            return p;
        });
    }

    private Uni<ReleasePlan> prepare(ReleaseOrder command) {
        if (command.releaseAt() != null && command.dueDate().isBefore(command.releaseAt())) {
            throw new RuleViolation("dueDate", "the order is due (" + command.dueDate() + ") before it may start ("
                    + command.releaseAt() + ")");
        }
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
                    return items.bomTree(item.code, 33).flatMap(tree -> items.items(tree.values().stream().flatMap(List::stream)
                                    .map(BomLine::componentCode).collect(java.util.stream.Collectors.toSet()))
                            .map(components -> new ReleasePlan(command, item, routing, tree, components)));
                }));
    }

    private Uni<ProductionOrder> commit(ReleasePlan plan, Optional<Map<String, Quantity>> available, Attempt attempt, Actor actor) {
        Instant now = clock.instant();
        List<MaterialLine> materials = materials(plan, available);
        return Panache.withTransaction(() -> DocumentNumbers.next("production_order_number_seq", "MO-").flatMap(number -> {
            ProductionOrder order = ProductionOrder.planned(number, plan.item().code, plan.command().quantity(), plan.item().unit,
                    plan.command().dueDate(), materials, available.isPresent(), actor.name(), now);
            order.priority = plan.command().priority();
            order.releaseAt = plan.command().releaseAt();
            if (!plan.command().releaseNow()) {
                return order.<ProductionOrder>persist()
                        .call(() -> OrderAudit.of(order, "planned", null, actor, now).persist())
                        .call(() -> attempt.remember(order.id.toString()));
            }
            return order.<ProductionOrder>persist().call(() -> released(order, plan, actor, now))
                    .call(() -> attempt.remember(order.id.toString()));
        }));
    }

    /**
     * Releases a PLANNED order (409 for any other): explodes and checks stock as it is now, then the same
     * transaction as a direct release.
     */
    public Uni<ProductionOrder> releasePlanned(UUID id, Actor actor) {
        return find(id).invoke(order -> {
            if (order.status != OrderStatus.PLANNED) {
                throw new io.forgeline.platform.problem.IllegalTransition("production order " + order.number + " is " + order.status
                        + " and cannot become RELEASED");
            }
        }).flatMap(order -> {
            ReleaseOrder command = new ReleaseOrder(order.itemCode, order.quantity, order.dueDate, order.releaseAt, order.priority);
            return Panache.withSession(() -> prepare(command))
                    .flatMap(plan -> stock.available(plan.componentCodes())
                            .flatMap(available -> Panache.withTransaction(() -> ProductionOrder.<ProductionOrder>findById(id)
                                    .call(current -> {
                                        Instant now = clock.instant();
                                        current.materials = new java.util.ArrayList<>(materials(plan, available));
                                        current.availabilityChecked = available.isPresent();
                                        return released(current, plan, actor, now);
                                    }))));
        }).invoke(order -> {
            if (order.isRush()) {
                solving.poke();
            }
        });
    }

    private static List<MaterialLine> materials(ReleasePlan plan, Optional<Map<String, Quantity>> available) {
        return plan.explode(available).stream()
                .map(r -> new MaterialLine(r.component().code, r.quantity(),
                        available.map(stock -> stock.getOrDefault(r.component().code, Quantity.zero(r.quantity().unit()))).orElse(null),
                        r.component().isBought(), r.level()))
                .toList();
    }

    /** PLANNED → RELEASED with its audit row, the released event, purchase requisitions and a rush reschedule. */
    private Uni<Void> released(ProductionOrder order, ReleasePlan plan, Actor actor, Instant now) {
        OrderStatus from = order.moveTo(OrderStatus.RELEASED);
        return OrderAudit.of(order, "released", from, actor, now).persist()
                .call(() -> outbox.append(OrderEvents.ORDERS_TOPIC, order.id.toString(), OrderEvents.RELEASED,
                        OrderEvents.released(order, plan.routing(), actor.name(), now)))
                .call(() -> requisitionShortages(order, plan))
                // a rush order cannot wait for the planner: the published plan is redone around it
                .call(() -> order.isRush() ? schedules.requestReschedule(ScheduleKind.RUSH_ORDER, actor.name())
                        : Uni.createFrom().voidItem())
                .replaceWithVoid();
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


    record ReleasePlan(ReleaseOrder command, Item item, List<RoutingOperation> routing, Map<String, List<BomLine>> bom,
                       Map<String, Item> components) {

        List<String> componentCodes() {
            return List.copyOf(components.keySet());
        }

        Item component(String code) {
            return components.get(code);
        }

        /** Netted against what the warehouse has; exploded in full when it could not say. */
        List<MaterialExplosion.Requirement> explode(Optional<Map<String, Quantity>> available) {
            Map<String, java.math.BigDecimal> onHand = available.map(stock -> stock.entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().amount()))).orElse(null);
            return MaterialExplosion.explode(item.code, command.quantity(), bom, components, onHand);
        }
    }
}
