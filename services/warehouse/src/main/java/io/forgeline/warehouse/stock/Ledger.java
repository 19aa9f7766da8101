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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The only writer of stock: posts movements to the ledger and moves the balances by exactly as much, in the caller's
 * transaction. Moves of one lot take turns (a transaction lock per item and lot), so two clerks cannot both take
 * the last pieces; other lots are not held up. A balance never goes below zero: the booking is refused whole. Stock
 * of a lot quality holds never stays AVAILABLE: whatever brings it there, the same posting blocks it under the hold.
 */
@ApplicationScoped
public class Ledger {

    private final Clock clock;
    private final Reservations reservations;
    private final Holds holds;

    Ledger(Clock clock, Reservations reservations, Holds holds) {
        this.clock = clock;
        this.reservations = reservations;
        this.holds = holds;
    }

    /** Waits for other movements of these lots to commit; call before reading balances a booking will take from. */
    public Uni<Void> lock(List<StockPlace> places) {
        return TransactionLocks.lock(places.stream().flatMap(place -> place.lockKeys().stream()).toList());
    }

    /** Waits for other movements of this lot to commit. */
    public Uni<Void> lockLot(String itemCode, String lot) {
        return lock(List.of(new StockPlace(itemCode, lot, null, null, null)));
    }

    /** Waits for every other movement of the item, whatever the lot, to commit: every posting holds the item's key. */
    public Uni<Void> lockItem(String itemCode) {
        return TransactionLocks.lock(StockPlace.allocationKey(itemCode));
    }

    /** Books the lines in order; 422 naming the shortfall when a line takes more than its balance holds. */
    public Uni<List<StockMovement>> post(Booking booking, Actor actor) {
        Instant at = clock.instant();
        UUID posting = UUID.randomUUID();
        List<StockMovement> posted = new ArrayList<>();
        return lock(booking.lines().stream().map(Booking.Line::place).toList())
                .chain(() -> book(booking, posting, actor, at, posted))
                .chain(() -> keepHeldBlocked(booking, posting, at, posted))
                .call(Ledger::flushed).replaceWith(posted);
    }

    private static Uni<Void> flushed() {
        return Panache.getSession().flatMap(session -> session.flush());
    }

    private Uni<Void> book(Booking booking, UUID posting, Actor actor, Instant at, List<StockMovement> posted) {
        return InTurn.each(booking.lines(), line -> apply(booking.type(), line).chain(() -> {
            StockMovement movement = movement(booking, line, posting, actor, at);
            posted.add(movement);
            return movement.persist();
        }));
    }

    /**
     * The one door into AVAILABLE: a usage decision's release, a putaway, a count that found more, a receipt, an
     * opening balance all add to an AVAILABLE balance here. Where an active hold covers the lot, the whole AVAILABLE
     * balance goes on to BLOCKED in the same posting, with the hold's number as reference, so that the ledger shows
     * what the hold blocked and its lift can give exactly that back. The blocking lines add only to BLOCKED, so they
     * never come through this door again.
     */
    private Uni<Void> keepHeldBlocked(Booking booking, UUID posting, Instant at, List<StockMovement> posted) {
        // one question per lot, however many of its places the booking adds to (a stock take has hundreds)
        Map<List<String>, List<StockPlace>> released = booking.lines().stream()
                .filter(line -> !line.takes() && line.place().status() == StockStatus.AVAILABLE)
                .map(Booking.Line::place).distinct()
                .collect(Collectors.groupingBy(place -> List.of(place.itemCode(), place.lot()), LinkedHashMap::new, Collectors.toList()));
        return InTurn.each(released.values(), places -> holds.covering(places.getFirst().itemCode(), places.getFirst().lot())
                .flatMap(hold -> hold.isEmpty() ? Uni.createFrom().voidItem()
                        : flushed().chain(() -> InTurn.each(places, place -> balance(place).flatMap(balance -> {
                            if (balance == null) {
                                return Uni.createFrom().voidItem();
                            }
                            Booking blocked = Booking.of(MovementType.STATUS_CHANGE, hold.get().reason(), hold.get().number())
                                    .move(balance, place.withStatus(StockStatus.BLOCKED), balance.quantity);
                            return book(blocked, posting, holder(hold.get()), at, posted);
                        })))));
    }

    /** A hold's blocks are booked in the name of the one who placed it. */
    private static Actor holder(Holds.Hold hold) {
        String name = Optional.ofNullable(hold.placedBy()).filter(by -> !by.isBlank()).orElse("quality");
        return new Actor(name, name, Set.of(), Optional.empty());
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
        // released stock promised to open picks stays for them: only the pick itself, or a count's truth, takes it; and
        // quality, which takes it out of AVAILABLE (a hold), since what quality stops must not be picked for anyone
        Uni<Void> free = type == MovementType.PICK || type == MovementType.COUNT_ADJUSTMENT || type == MovementType.STATUS_CHANGE
                || balance.status != StockStatus.AVAILABLE
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
