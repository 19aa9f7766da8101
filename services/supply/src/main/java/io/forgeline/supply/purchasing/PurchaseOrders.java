package io.forgeline.supply.purchasing;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.paging.Paged;
import io.forgeline.platform.paging.Where;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.supply.supplier.Supplier;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A buyer's work on purchase orders: create, change, send, cancel, and decide on suppliers' counter-proposals. */
@ApplicationScoped
public class PurchaseOrders {

    private final Items items;
    private final PurchaseOrderJournal journal;
    private final Plant plant;
    private final Clock clock;

    PurchaseOrders(Items items, PurchaseOrderJournal journal, Plant plant, Clock clock) {
        this.items = items;
        this.journal = journal;
        this.plant = plant;
        this.clock = clock;
    }

    /**
     * A buyer's own order: a supplier we know, items of the item master, dates not in the past. Sent at once
     * unless the buyer keeps it as a draft.
     */
    public Uni<PurchaseOrder> create(NewPurchaseOrder command, Actor actor) {
        LocalDate today = today();
        for (int i = 0; i < command.lines().size(); i++) {
            if (command.lines().get(i).requestedDate().isBefore(today)) {
                return Uni.createFrom().failure(new InvalidField("lines[" + i + "].requestedDate", "must not be in the past"));
            }
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Supplier.<Supplier>findById(command.supplierCode())
                .onItem().ifNull().failWith(() -> new RuleViolation("supplierCode", "supplier " + command.supplierCode() + " does not exist"))
                .flatMap(supplier -> itemsOf(command.lines().stream().map(NewPurchaseOrder.Line::itemCode).collect(Collectors.toSet()), "lines")
                        .flatMap(known -> {
                            List<PurchaseOrderLine> lines = new ArrayList<>();
                            for (int i = 0; i < command.lines().size(); i++) {
                                NewPurchaseOrder.Line line = command.lines().get(i);
                                lines.add(PurchaseOrderLine.open(i + 1, line.itemCode(), line.quantity(), unit(line.unit(), known.get(line.itemCode())),
                                        line.requestedDate(), List.of()));
                            }
                            return DocumentNumbers.next("purchase_order_number_seq", "PO-").flatMap(number -> {
                                PurchaseOrder order = PurchaseOrder.draft(number, supplier.code, plant.code(), lines, null, actor.name(), now);
                                if (command.sendNow()) {
                                    order.send(now);
                                }
                                return order.<PurchaseOrder>persist()
                                        .call(() -> order.isSent() ? journal.sent(order, actor.name()) : Uni.createFrom().voidItem());
                            });
                        })));
    }

    /** A draft goes to the supplier. */
    public Uni<PurchaseOrder> send(UUID id, Actor actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> locked(id)
                .invoke(order -> order.send(now))
                .call(order -> journal.sent(order, actor.name())));
    }

    /** A buyer's change, line by line (see {@link ChangePurchaseOrder}); a sent order moves to its next revision. */
    public Uni<PurchaseOrder> change(UUID id, ChangePurchaseOrder command, Actor actor) {
        LocalDate today = today();
        return Panache.withTransaction(() -> locked(id).flatMap(order -> {
            order.requireChangeable(); // a cancelled order is 409 whatever its lines would say
            Set<String> newItems = command.lines().stream().filter(l -> l.itemCode() != null).map(ChangePurchaseOrder.Line::itemCode)
                    .collect(Collectors.toSet());
            return itemsOf(newItems, "lines").flatMap(known -> {
                List<String> said = new ArrayList<>();
                List<PurchaseOrderLine> after = applyChanges(order, command, known, today, said);
                if (!order.change(after, plant.zone(), clock.instant())) {
                    return Uni.createFrom().item(order);
                }
                return journal.changed(order, String.join("; ", said), actor.name()).replaceWith(order);
            });
        }));
    }

    private static List<PurchaseOrderLine> applyChanges(PurchaseOrder order, ChangePurchaseOrder command, Map<String, Item> known,
            LocalDate today, List<String> said) {
        Map<Integer, PurchaseOrderLine> lines = new java.util.LinkedHashMap<>();
        order.lines().forEach(l -> lines.put(l.lineNumber(), l));
        for (int i = 0; i < command.lines().size(); i++) {
            ChangePurchaseOrder.Line change = command.lines().get(i);
            String at = "lines[" + i + "]";
            PurchaseOrderLine line = lines.get(change.lineNumber());
            if (change.requestedDate() != null && change.requestedDate().isBefore(today)
                    && (line == null || !change.requestedDate().equals(line.requestedDate()))) {
                throw new InvalidField(at + ".requestedDate", "must not be in the past");
            }
            if (line == null) {
                int next = lines.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                if (change.lineNumber() != next) {
                    throw new RuleViolation(at + ".lineNumber", "purchase order " + order.number() + " has no line " + change.lineNumber()
                            + " (a new line is number " + next + ")");
                }
                if (change.cancels() || change.itemCode() == null || change.quantity() == null || change.requestedDate() == null) {
                    throw new InvalidField(at, "a new line needs itemCode, quantity and requestedDate");
                }
                lines.put(next, PurchaseOrderLine.open(next, change.itemCode(), change.quantity(), unit(change.unit(), known.get(change.itemCode())),
                        change.requestedDate(), List.of()));
                said.add("line " + next + " added: " + change.quantity().stripTrailingZeros().toPlainString() + " " + change.itemCode());
                continue;
            }
            if (change.itemCode() != null && !change.itemCode().equals(line.itemCode())) {
                throw new RuleViolation(at + ".itemCode", "line " + line.lineNumber() + " orders " + line.itemCode()
                        + ": cancel it and add a line for another item");
            }
            if (change.cancels()) {
                if (line.active()) {
                    lines.put(line.lineNumber(), line.cancelled());
                    said.add("line " + line.lineNumber() + " cancelled");
                }
                continue;
            }
            if (!line.active()) {
                throw new RuleViolation(at + ".lineNumber", "line " + line.lineNumber() + " is cancelled");
            }
            PurchaseOrderLine changed = line.changed(Optional.ofNullable(change.quantity()).orElse(line.quantity()),
                    Optional.ofNullable(change.requestedDate()).orElse(line.requestedDate()));
            if (!changed.equals(line)) {
                said.add("line " + line.lineNumber() + ": " + line.quantity().stripTrailingZeros().toPlainString() + " on " + line.requestedDate()
                        + " → " + changed.quantity().stripTrailingZeros().toPlainString() + " on " + changed.requestedDate());
            }
            lines.put(line.lineNumber(), changed);
        }
        return List.copyOf(lines.values());
    }

    /** The buyer cancels the whole order while nothing has shipped. */
    public Uni<PurchaseOrder> cancel(UUID id, String reason, Actor actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> locked(id)
                .invoke(order -> order.cancel(now))
                .call(order -> journal.cancelled(order, null, reason == null || reason.isBlank() ? "cancelled by the buyer" : reason, actor.name())));
    }

    public Uni<PurchaseOrder> acceptProposal(UUID id, int lineNumber, Actor actor) {
        return Panache.withTransaction(() -> locked(id).call(order -> {
            PurchaseOrderLine accepted = order.acceptProposal(lineNumber, plant.zone(), clock.instant());
            return journal.changed(order, "the counter-proposal for line " + lineNumber + " was accepted", actor.name())
                    .call(() -> journal.confirmed(order, List.of(accepted), actor.name()));
        }));
    }

    public Uni<PurchaseOrder> rejectProposal(UUID id, int lineNumber, Actor actor) {
        return Panache.withTransaction(() -> locked(id).call(order -> {
            order.rejectProposal(lineNumber, plant.zone(), clock.instant());
            return journal.changed(order, "the counter-proposal for line " + lineNumber + " was rejected", actor.name());
        }));
    }

    public Uni<PurchaseOrder> find(UUID id) {
        return Panache.withSession(() -> PurchaseOrder.<PurchaseOrder>findById(id))
                .onItem().ifNull().failWith(() -> new NotFound("purchase order", id));
    }

    public Uni<List<PurchaseOrderRevision>> revisions(UUID id) {
        return find(id).flatMap(order -> Panache.withSession(() -> PurchaseOrderRevision.<PurchaseOrderRevision>list(
                "key.purchaseOrderId", Sort.ascending("key.revision"), id)));
    }

    /** Orders newest first, optionally of one supplier and status. */
    public Uni<Paged<PurchaseOrder>> list(Optional<String> supplierCode, Optional<PurchaseOrderStatus> status, int page, int size) {
        Where where = Where.all().equal("supplierCode", supplierCode).equal("status", status);
        return Panache.withSession(() -> Paged.of(PurchaseOrder.<PurchaseOrder>find(where.query(),
                Sort.descending("createdAt").and("number", Sort.Direction.Descending), where.parameters()), page, size));
    }

    private Uni<PurchaseOrder> locked(UUID id) {
        return PurchaseOrder.<PurchaseOrder>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new NotFound("purchase order", id));
    }

    /** The item master's rows for these codes; an unknown one is refused naming where it was given. */
    private Uni<Map<String, Item>> itemsOf(Set<String> codes, String field) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return items.byCode(codes).invoke(known -> codes.stream().filter(c -> !known.containsKey(c)).sorted().findFirst().ifPresent(c -> {
            throw new RuleViolation(field, "item " + c + " is not in the item master");
        }));
    }

    private static String unit(String given, Item item) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return item != null && item.unit != null ? item.unit : "PCE";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), plant.zone());
    }
}
