package io.forgeline.quality.holds;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.NOTE;
import static io.forgeline.platform.problem.FieldChecks.atMost;
import static io.forgeline.platform.problem.FieldChecks.blankIsNull;
import static io.forgeline.platform.problem.FieldChecks.required;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Places and lifts holds, each once, with its event in the same transaction. One hold on a thing at a time: placing
 * a second one on the same lot is refused naming the first, so lifting it once always frees the lot.
 */
@ApplicationScoped
public class Holds {

    private final Outbox outbox;
    private final Items items;
    private final Clock clock;

    Holds(Outbox outbox, Items items, Clock clock) {
        this.outbox = outbox;
        this.items = items;
        this.clock = clock;
    }

    public Uni<Hold> place(HoldRequest request, Actor engineer) {
        Hold hold = checked(request);
        return items.find(hold.itemCode).flatMap(item -> {
            if (item.isEmpty()) {
                throw new RuleViolation("itemCode", "the item master knows no item " + hold.itemCode);
            }
            return Panache.withTransaction(() -> TransactionLocks.lock("hold:" + hold.itemCode)
                    .chain(() -> Hold.<Hold>find("itemCode = ?1 and lot = ?2 and supplierCode = ?3 and liftedAt is null",
                            hold.itemCode, hold.lot, hold.supplierCode).<Hold>firstResult())
                    .flatMap((Hold existing) -> {
                        if (existing != null) {
                            throw new IllegalTransition(existing.number + " already holds " + existing.subject());
                        }
                        hold.id = UUID.randomUUID();
                        hold.placedAt = clock.instant();
                        hold.placedBy = engineer.name();
                        return DocumentNumbers.next("hold_number_seq", "HOLD-").invoke(number -> hold.number = number)
                                .chain(() -> hold.<Hold>persist())
                                .call(placed -> outbox.append(HoldEvents.TOPIC, placed.itemCode, HoldEvents.PLACED, HoldEvents.placed(placed)));
                    }));
        });
    }

    public Uni<Hold> lift(UUID id, LiftRequest request, Actor engineer) {
        if (request == null || blankIsNull(request.reason()) == null) {
            throw FieldErrors.invalid(List.of(new FieldError("/reason", "is required: say what cleared the suspicion")));
        }
        List<FieldError> errors = new ArrayList<>();
        String reason = atMost(request.reason(), NOTE, "/reason", errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return Panache.withTransaction(() -> Hold.<Hold>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new NotFound("hold", id))
                .flatMap(hold -> {
                    if (!hold.on()) {
                        throw new IllegalTransition(hold.number + " was lifted already, by " + hold.liftedBy + " at " + hold.liftedAt);
                    }
                    hold.liftedAt = clock.instant();
                    hold.liftedBy = engineer.name();
                    hold.liftReason = reason;
                    return hold.<Hold>persist()
                            .call(lifted -> outbox.append(HoldEvents.TOPIC, lifted.itemCode, HoldEvents.LIFTED, HoldEvents.lifted(lifted)));
                }));
    }

    /** The holds on now that cover a lot of an item as a supplier delivered it (empty supplier: the plant's own). */
    public static Uni<List<Hold>> covering(String itemCode, String lot, String supplierCode) {
        return Hold.<Hold>list("itemCode = ?1 and liftedAt is null", itemCode)
                .map(holds -> holds.stream().filter(hold -> hold.covers(itemCode, lot, supplierCode)).toList());
    }

    private static Hold checked(HoldRequest request) {
        if (request == null) {
            throw FieldErrors.invalid(List.of(new FieldError("/", "send the hold as JSON")));
        }
        List<FieldError> errors = new ArrayList<>();
        Hold hold = new Hold();
        hold.itemCode = required(request.itemCode(), CODE, "/itemCode", errors);
        hold.lot = orEmpty(atMost(request.lot(), CODE, "/lot", errors));
        hold.supplierCode = orEmpty(atMost(request.supplierCode(), CODE, "/supplierCode", errors));
        hold.reason = atMost(request.reason(), NOTE, "/reason", errors);
        if (blankIsNull(request.supplierCode()) != null && blankIsNull(request.lot()) == null) {
            errors.add(new FieldError("/lot", "is required with a supplier: hold the supplier's lot, or the whole item without a supplier"));
        }
        if (blankIsNull(request.reason()) == null) {
            errors.add(new FieldError("/reason", "is required: say what is suspected"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return hold;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
