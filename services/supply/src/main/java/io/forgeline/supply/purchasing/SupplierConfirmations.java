package io.forgeline.supply.purchasing;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.idempotency.IdempotentRequests.Attempt;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Suppliers confirm when their purchase orders' goods arrive; each new date is announced to the plant. */
@ApplicationScoped
public class SupplierConfirmations {

    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    SupplierConfirmations(Outbox outbox, IdempotentRequests idempotency, Clock clock) {
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * Records the supplier's promised date on one of its own purchase orders and, when the date is new,
     * publishes {@code PurchaseOrderConfirmed} in the same transaction. Another supplier's order is
     * "not found", exactly like one that does not exist, so purchase order ids tell a supplier nothing.
     * Retrying with the same Idempotency-Key returns the order as it is now, without confirming again
     * (a late retry must not take back a date confirmed after it).
     *
     * @param supplierCode the supplier from the verified token
     */
    public Uni<PurchaseOrder> confirm(String supplierCode, UUID purchaseOrderId, ConfirmPurchaseOrder command,
            Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("purchase-order-confirmations", actor, idempotencyKey,
                purchaseOrderId + "|" + command.fingerprint(),
                attempt -> confirmNow(supplierCode, purchaseOrderId, command.promisedDate(), attempt, actor),
                id -> Panache.withSession(() -> ownOrder(supplierCode, UUID.fromString(id), LockModeType.NONE)));
    }

    private Uni<PurchaseOrder> confirmNow(String supplierCode, UUID id, Instant promised, Attempt attempt, Actor actor) {
        Instant now = clock.instant();
        if (promised.isBefore(now)) {
            return Uni.createFrom().failure(new InvalidField("promisedDate", "must not be in the past (it is " + now + " now)"));
        }
        // the row lock queues a concurrent confirmation of the same order behind this one instead of failing it
        return Panache.withTransaction(() -> ownOrder(supplierCode, id, LockModeType.PESSIMISTIC_WRITE)
                .call(order -> order.confirm(promised, now) ? announce(order, actor) : Uni.createFrom().voidItem())
                .call(order -> attempt.remember(order.id().toString())));
    }

    private Uni<Void> announce(PurchaseOrder order, Actor actor) {
        return PurchaseOrderConfirmation.of(order, actor).persist()
                .call(() -> outbox.append(PurchaseOrderEvents.TOPIC, order.id().toString(),
                        PurchaseOrderEvents.CONFIRMED, PurchaseOrderEvents.confirmed(order)))
                .replaceWithVoid();
    }

    private static Uni<PurchaseOrder> ownOrder(String supplierCode, UUID id, LockModeType lock) {
        return PurchaseOrder.<PurchaseOrder>find("id = ?1 and supplierCode = ?2", id, supplierCode)
                .withLock(lock).firstResult()
                .onItem().ifNull().failWith(() -> new NotFound("purchase order", id));
    }
}
