package io.forgeline.supply.purchasing;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.idempotency.IdempotentRequests.Attempt;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.supply.purchasing.ConfirmPurchaseOrder.LineAnswer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Suppliers answer their purchase orders: what they commit to is announced to the plant, what they propose instead
 * waits for a buyer (see {@link CounterProposals}).
 */
@ApplicationScoped
public class SupplierConfirmations {

    private final IdempotentRequests idempotency;
    private final PurchaseOrderJournal journal;
    private final Plant plant;
    private final Clock clock;

    SupplierConfirmations(IdempotentRequests idempotency, PurchaseOrderJournal journal, Plant plant, Clock clock) {
        this.idempotency = idempotency;
        this.journal = journal;
        this.plant = plant;
        this.clock = clock;
    }

    /**
     * Records the supplier's answer on one of its own sent purchase orders and, for every line it newly commits
     * to, publishes {@code PurchaseOrderConfirmed} in the same transaction. Another supplier's order and a draft
     * are "not found", exactly like one that does not exist. Retrying with the same Idempotency-Key returns the
     * order as it is now, without answering again (a late retry must not take back a newer answer).
     *
     * @param supplierCode the supplier from the verified token
     */
    public Uni<PurchaseOrder> confirm(String supplierCode, UUID purchaseOrderId, ConfirmPurchaseOrder command,
            Optional<String> idempotencyKey, Actor actor) {
        requireOneForm(command);
        return idempotency.once("purchase-order-confirmations", actor, idempotencyKey,
                purchaseOrderId + "|" + command.fingerprint(),
                attempt -> confirmNow(supplierCode, purchaseOrderId, command, attempt, actor),
                id -> Panache.withSession(() -> sentOrder(supplierCode, UUID.fromString(id), LockModeType.NONE)));
    }

    private Uni<PurchaseOrder> confirmNow(String supplierCode, UUID id, ConfirmPurchaseOrder command, Attempt attempt, Actor actor) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, plant.zone());
        if (command.promisedDate() != null && command.promisedDate().isBefore(now)) {
            return Uni.createFrom().failure(new InvalidField("promisedDate", "must not be in the past (it is " + now + " now)"));
        }
        if (command.lines() != null) {
            for (int i = 0; i < command.lines().size(); i++) {
                List<ConfirmPurchaseOrder.DeliveryOffer> offers = command.lines().get(i).deliveries();
                for (int j = 0; offers != null && j < offers.size(); j++) {
                    if (offers.get(j).date().isBefore(today)) {
                        return Uni.createFrom().failure(new InvalidField("lines[" + i + "].deliveries[" + j + "].date",
                                "must not be in the past (it is " + today + " at the plant)"));
                    }
                }
            }
        }
        // the row lock queues a concurrent answer to the same order behind this one instead of failing it
        return Panache.withTransaction(() -> sentOrder(supplierCode, id, LockModeType.PESSIMISTIC_WRITE)
                .call(order -> journal.confirmed(order, order.answer(deliveries(order, command), plant.zone(), now), actor.name()))
                .call(order -> attempt.remember(order.id().toString())));
    }

    /** The answer as deliveries per line. */
    private Map<Integer, List<Delivery>> deliveries(PurchaseOrder order, ConfirmPurchaseOrder command) {
        Map<Integer, List<Delivery>> byLine = new HashMap<>();
        if (command.wholeOrder()) {
            for (PurchaseOrderLine line : order.lines()) {
                if (line.active()) {
                    LocalDate date = command.promisedDate() != null ? LocalDate.ofInstant(command.promisedDate(), plant.zone()) : line.requestedDate();
                    byLine.put(line.lineNumber(), List.of(new Delivery(line.quantity(), date)));
                }
            }
            return byLine;
        }
        for (int i = 0; i < command.lines().size(); i++) {
            LineAnswer answer = command.lines().get(i);
            String at = "lines[" + i + "].lineNumber";
            PurchaseOrderLine line = order.lines().stream().filter(l -> l.lineNumber() == answer.lineNumber()).findFirst()
                    .orElseThrow(() -> new RuleViolation(at, "purchase order " + order.number() + " has no line "
                            + answer.lineNumber()));
            byLine.put(line.lineNumber(), Boolean.TRUE.equals(answer.accept()) ? List.of(new Delivery(line.quantity(), line.requestedDate()))
                    : answer.deliveries().stream().map(d -> new Delivery(d.quantity(), d.date())).toList());
        }
        return byLine;
    }

    /** Exactly one form of answer, and every line answered with accept or deliveries. */
    private static void requireOneForm(ConfirmPurchaseOrder command) {
        boolean byLine = command.lines() != null && !command.lines().isEmpty();
        int forms = (command.promisedDate() != null ? 1 : 0) + (Boolean.TRUE.equals(command.acceptAll()) ? 1 : 0) + (byLine ? 1 : 0);
        if (forms == 0) {
            throw new InvalidField("promisedDate", "is required: give promisedDate (every line arrives complete that day), "
                    + "acceptAll: true, or lines to answer line by line");
        }
        if (forms > 1) {
            throw new InvalidField(command.promisedDate() != null ? "promisedDate" : "acceptAll",
                    "give one of promisedDate, acceptAll and lines, not several");
        }
        for (int i = 0; byLine && i < command.lines().size(); i++) {
            LineAnswer answer = command.lines().get(i);
            boolean accepts = Boolean.TRUE.equals(answer.accept());
            boolean offers = answer.deliveries() != null && !answer.deliveries().isEmpty();
            if (accepts == offers) {
                throw new InvalidField("lines[" + i + "]", "give accept: true or deliveries, one of them");
            }
            int number = answer.lineNumber();
            if (command.lines().stream().filter(l -> l.lineNumber() == number).count() > 1) {
                throw new InvalidField("lines[" + i + "].lineNumber", "line " + number + " is answered twice");
            }
        }
    }

    /** One of the supplier's sent orders: drafts and other suppliers' orders do not exist for it. */
    static Uni<PurchaseOrder> sentOrder(String supplierCode, UUID id, LockModeType lock) {
        return PurchaseOrder.<PurchaseOrder>find("id = ?1 and supplierCode = ?2 and sentAt is not null", id, supplierCode)
                .withLock(lock).firstResult()
                .onItem().ifNull().failWith(() -> new NotFound("purchase order", id));
    }
}
