package io.forgeline.warehouse.stock;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.platform.steps.InTurn;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The only writer of stock: posts movements to the ledger and moves the balances by exactly as much, in the caller's
 * transaction. Moves of one lot take turns (a transaction lock per item and lot), so two clerks cannot both take
 * the last pieces; other lots are not held up. A balance never goes below zero: the booking is refused whole.
 */
@ApplicationScoped
public class Ledger {

    private final Clock clock;
    private final Reservations reservations;

    Ledger(Clock clock, Reservations reservations) {
        this.clock = clock;
        this.reservations = reservations;
    }

    /** Waits for other movements of these lots to commit; call before reading balances a booking will take from. */
    public Uni<Void> lock(List<StockPlace> places) {
        return TransactionLocks.lock(places.stream().flatMap(place -> place.lockKeys().stream()).toList());
    }

    /** Waits for other movements of this lot to commit. */
    public Uni<Void> lockLot(String itemCode, String lot) {
        return lock(List.of(new StockPlace(itemCode, lot, null, null, null)));
    }

    /** Books the lines in order; 422 naming the shortfall when a line takes more than its balance holds. */
    public Uni<List<StockMovement>> post(Booking booking, Actor actor) {
        Instant at = clock.instant();
        UUID posting = UUID.randomUUID();
        List<StockMovement> posted = new ArrayList<>();
        return lock(booking.lines().stream().map(Booking.Line::place).toList())
                .chain(() -> InTurn.each(booking.lines(), line -> apply(booking.type(), line).chain(() -> {
                    StockMovement movement = movement(booking, line, posting, actor, at);
                    posted.add(movement);
                    return movement.persist();
                })))
                .call(() -> Panache.getSession().flatMap(session -> session.flush())).replaceWith(posted);
    }

    private Uni<Void> apply(MovementType type, Booking.Line line) {
        return balance(line.place()).flatMap(balance -> {
            if (line.takes()) {
                return take(type, balance, line);
            }
            if (balance != null) {
                requireUnit(balance.unit, line);
                balance.quantity = balance.quantity.add(line.quantity());
                return Uni.createFrom().voidItem();
            }
            // one unit per item until purchase units convert: sums of mixed units would mean nothing
            return StockBalance.<StockBalance>find("itemCode", line.place().itemCode()).firstResult()
                    .invoke(other -> {
                        if (other != null) {
                            requireUnit(other.unit, line);
                        }
                    })
                    .chain(() -> open(line).persist()).replaceWithVoid();
        });
    }

    private static void requireUnit(String kept, Booking.Line line) {
        if (!kept.equals(line.unit())) {
            throw new RuleViolation("unit", line.place().itemCode() + " is kept in " + kept + ", not " + line.unit());
        }
    }

    private Uni<Void> take(MovementType type, StockBalance balance, Booking.Line line) {
        BigDecimal asked = line.quantity().negate();
        BigDecimal held = balance == null ? BigDecimal.ZERO : balance.quantity;
        if (held.compareTo(asked) < 0) {
            throw new RuleViolation("quantity", Shortfall.describe(line.place(), held, asked, line.unit()));
        }
        requireUnit(balance.unit, line);
        // released stock promised to open picks stays for them: only the pick itself, or a count's truth, takes it
        Uni<Void> free = type == MovementType.PICK || type == MovementType.COUNT_ADJUSTMENT || balance.status != StockStatus.AVAILABLE
                ? Uni.createFrom().voidItem()
                : reservations.at(line.place()).invoke(reserved -> {
                    BigDecimal promised = reserved.stream().map(Reservations.Reservation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (held.subtract(asked).compareTo(promised) < 0) {
                        throw new RuleViolation("quantity", Shortfall.reserved(line.place(), held, promised, asked, line.unit(), reserved));
                    }
                }).replaceWithVoid();
        return free.chain(() -> {
            balance.quantity = held.subtract(asked);
            // an emptied balance goes: the ledger still holds every movement that made and emptied it
            return balance.quantity.signum() == 0 ? balance.delete() : Uni.createFrom().voidItem();
        });
    }

    private static StockBalance open(Booking.Line line) {
        StockBalance balance = new StockBalance();
        balance.id = UUID.randomUUID();
        StockPlace place = line.place();
        balance.itemCode = place.itemCode();
        balance.lot = place.lot();
        balance.status = place.status();
        balance.bin = place.bin();
        balance.sscc = place.sscc();
        balance.quantity = line.quantity();
        balance.unit = line.unit();
        balance.expiresOn = line.expiresOn();
        balance.receivedAt = line.receivedAt();
        return balance;
    }

    /** The balance at exactly that place, or null; inside the caller's session. */
    public static Uni<StockBalance> balanceOf(StockPlace place) {
        return balance(place);
    }

    static Uni<StockBalance> balance(StockPlace place) {
        return StockBalance.<StockBalance>find("itemCode = ?1 and lot = ?2 and status = ?3 and bin = ?4 and "
                        + (place.sscc() == null ? "sscc is null" : "sscc = ?5"),
                        place.sscc() == null
                                ? new Object[] {place.itemCode(), place.lot(), place.status(), place.bin()}
                                : new Object[] {place.itemCode(), place.lot(), place.status(), place.bin(), place.sscc()})
                .firstResult();
    }

    private static StockMovement movement(Booking booking, Booking.Line line, UUID posting, Actor actor, Instant at) {
        StockMovement movement = new StockMovement();
        movement.id = UUID.randomUUID();
        movement.postingId = posting;
        movement.type = booking.type();
        movement.itemCode = line.place().itemCode();
        movement.lot = line.place().lot();
        movement.status = line.place().status();
        movement.bin = line.place().bin();
        movement.sscc = line.place().sscc();
        movement.quantity = line.quantity();
        movement.unit = line.unit();
        movement.expiresOn = line.expiresOn();
        movement.at = at;
        movement.actor = actor.name();
        movement.reason = booking.reason();
        movement.reference = booking.reference();
        return movement;
    }
}
