package io.forgeline.warehouse.stock;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.warehouse.layout.Layout;
import io.forgeline.warehouse.stock.MovementRequest.ManualMovement;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Movements a clerk books by hand. The lot is locked before its balances are read, so fifty clerks issuing from one
 * lot at once get exactly as many yeses as the stock allows; the rest hear how much is short.
 */
@ApplicationScoped
public class StockMoves {

    private final Ledger ledger;
    private final Layout layout;
    private final IdempotentRequests idempotency;
    private final StockLedger stock;
    private final java.time.Clock clock;
    private final Holds holds;

    StockMoves(Ledger ledger, Layout layout, IdempotentRequests idempotency, StockLedger stock, java.time.Clock clock, Holds holds) {
        this.clock = clock;
        this.holds = holds;
        this.ledger = ledger;
        this.stock = stock;
        this.layout = layout;
        this.idempotency = idempotency;
    }

    public Uni<List<StockMovement>> book(MovementRequest request, Optional<String> idempotencyKey, Actor actor) {
        check(request);
        return idempotency.once("stock-movements", actor, idempotencyKey, String.valueOf(request),
                attempt -> Panache.withTransaction(() -> layout.bin("location", request.location().trim())
                        .call(from -> request.type() == ManualMovement.TRANSFER
                                ? layout.openBin("toLocation", request.toLocation().trim()) : Uni.createFrom().voidItem())
                        .call(from -> ledger.lockLot(request.itemCode().trim(), request.lot().trim()))
                        .flatMap(from -> held(request))
                        .flatMap(sources -> holdOn(request).map(hold -> booking(request, sources, hold)))
                        .flatMap(booking -> ledger.post(booking, actor))
                        .call(posted -> attempt.remember(posted.getFirst().postingId.toString()))),
                posting -> stock.posting(UUID.fromString(posting)));
    }

    /** Opening balances from a stock take, all lines or none; 422 naming a bin that does not exist. */
    public Uni<List<StockMovement>> opening(OpeningBalance opening, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("opening-balances", actor, idempotencyKey, String.valueOf(opening),
                attempt -> Panache.withTransaction(() -> {
                    Uni<Void> bins = layout.requireBins(opening.lines().stream().map(line -> line.location().trim()).toList(),
                            i -> "/lines/" + i + "/location");
                    Booking booking = Booking.of(MovementType.OPENING, opening.reason() == null ? "opening balance" : opening.reason(), "stock take");
                    java.time.Instant now = clock.instant();
                    for (OpeningBalance.Line line : opening.lines()) {
                        booking.add(new StockPlace(line.itemCode().trim(), line.lot().trim(), line.status(), line.location().trim(),
                                blankToNull(line.handlingUnit())), line.quantity(), line.unit().trim(), line.expiresOn(), now);
                    }
                    return bins.chain(() -> ledger.post(booking, actor))
                            .call(posted -> attempt.remember(posted.getFirst().postingId.toString()));
                }),
                posting -> stock.posting(UUID.fromString(posting)));
    }

    private static void check(MovementRequest request) {
        boolean takesOut = request.type() != ManualMovement.TRANSFER;
        if (takesOut && (request.reason() == null || request.reason().isBlank())) {
            throw new InvalidField("reason", "is required: say why the goods leave the stores");
        }
        if (!takesOut && (request.toLocation() == null || request.toLocation().isBlank())) {
            throw new InvalidField("toLocation", "is required for a transfer");
        }
        if (!takesOut && request.toLocation().trim().equals(request.location().trim())) {
            throw new InvalidField("toLocation", "is where the goods are already");
        }
    }

    /** The lot's balances at the location: loose goods first, then handling units. */
    private static Uni<List<StockBalance>> held(MovementRequest request) {
        String query = "itemCode = ?1 and lot = ?2 and bin = ?3"
                + (request.handlingUnit() == null || request.handlingUnit().isBlank() ? "" : " and sscc = ?4")
                + " order by sscc nulls first, status";
        Object[] parameters = request.handlingUnit() == null || request.handlingUnit().isBlank()
                ? new Object[] {request.itemCode().trim(), request.lot().trim(), request.location().trim()}
                : new Object[] {request.itemCode().trim(), request.lot().trim(), request.location().trim(), request.handlingUnit().trim()};
        return StockBalance.list(query, parameters);
    }

    /** The hold an issue of the lot runs into, so a refusal can say why the stock is not there to issue. */
    private Uni<Optional<Holds.Hold>> holdOn(MovementRequest request) {
        return request.type() == ManualMovement.ISSUE ? holds.covering(request.itemCode().trim(), request.lot().trim())
                : Uni.createFrom().item(Optional.empty());
    }

    /** Issues take only released stock; scrap and transfers take it in any status. */
    private static Booking booking(MovementRequest request, List<StockBalance> held, Optional<Holds.Hold> hold) {
        List<StockBalance> sources = held.stream()
                .filter(balance -> request.type() != ManualMovement.ISSUE || balance.status == StockStatus.AVAILABLE).toList();
        BigDecimal available = sources.stream().map(b -> b.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        StockPlace asked = new StockPlace(request.itemCode().trim(), request.lot().trim(),
                request.type() == ManualMovement.ISSUE ? StockStatus.AVAILABLE : sources.isEmpty() ? StockStatus.AVAILABLE : sources.getFirst().status,
                request.location().trim(), blankToNull(request.handlingUnit()));
        String unit = held.isEmpty() ? Optional.ofNullable(request.unit()).orElse("") : held.getFirst().unit;
        if (request.unit() != null && !request.unit().isBlank() && !request.unit().trim().equals(unit) && !held.isEmpty()) {
            throw new RuleViolation("unit", "lot " + asked.lot() + " is kept in " + unit + ", not " + request.unit().trim());
        }
        if (available.compareTo(request.quantity()) < 0) {
            throw new RuleViolation("quantity", Shortfall.describe(asked, available, request.quantity(), unit)
                    + hold.map(Shortfall::onHold).orElse(""));
        }
        Booking booking = Booking.of(request.type().type, blankToNull(request.reason()), null);
        BigDecimal open = request.quantity();
        for (StockBalance source : sources) {
            if (open.signum() == 0) {
                break;
            }
            BigDecimal taken = open.min(source.quantity);
            if (request.type() == ManualMovement.TRANSFER) {
                // pieces moved by hand arrive loose: a whole handling unit moves as one (putaway), never split across bins
                booking.move(source, source.place().at(request.toLocation().trim(), null), taken);
            } else {
                booking.take(source, taken);
            }
            open = open.subtract(taken);
        }
        return booking;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
