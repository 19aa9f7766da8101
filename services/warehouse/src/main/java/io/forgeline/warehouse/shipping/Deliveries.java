package io.forgeline.warehouse.shipping;

import io.forgeline.ident.key.Sscc;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.platform.steps.InTurn;
import io.forgeline.warehouse.handlingunits.HandlingUnits;
import io.forgeline.warehouse.handlingunits.OwnSsccs;
import io.forgeline.warehouse.layout.Bin;
import io.forgeline.warehouse.layout.Layout;
import io.forgeline.warehouse.layout.ZoneKind;
import io.forgeline.warehouse.picking.PickTask;
import io.forgeline.warehouse.production.Serials;
import io.forgeline.warehouse.picking.PickTaskStatus;
import io.forgeline.warehouse.picking.Picking;
import io.forgeline.warehouse.stock.Amounts;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.Ledger;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockLedger;
import io.forgeline.warehouse.stock.StockPlace;
import io.forgeline.warehouse.stock.StockStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outbound deliveries from order to shipment: picks planned FEFO to the shipping bin when the ERP sends the delivery
 * (refused whole with a 422 per line the free stock cannot cover), packing picked goods into the plant's own handling
 * units, and the shipment that takes them out of stock and tells who got which lots.
 */
@ApplicationScoped
public class Deliveries {

    private final Layout layout;
    private final Picking picking;
    private final StockLedger stock;
    private final Ledger ledger;
    private final HandlingUnits units;
    private final OwnSsccs ssccs;
    private final Serials serials;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Clock clock;
    private final ZoneId plantZone;

    Deliveries(Layout layout, Picking picking, StockLedger stock, Ledger ledger, HandlingUnits units, OwnSsccs ssccs, Serials serials,
            Outbox outbox, IdempotentRequests idempotency, Clock clock,
            @ConfigProperty(name = "forgeline.warehouse.plant-zone", defaultValue = "Europe/Berlin") ZoneId plantZone) {
        this.layout = layout;
        this.picking = picking;
        this.stock = stock;
        this.ledger = ledger;
        this.units = units;
        this.ssccs = ssccs;
        this.serials = serials;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
        this.plantZone = plantZone;
    }

    /** 201 with its picks; 422 naming each line's shortfall when free released stock cannot cover it, nothing written. */
    public Uni<Delivery> create(DeliveryRequest request, Optional<String> idempotencyKey, Actor actor) {
        oneLinePerItem(request);
        return idempotency.once("deliveries", actor, idempotencyKey, String.valueOf(request),
                attempt -> Panache.withTransaction(() -> shippingBin()
                        .flatMap(bin -> DocumentNumbers.next("delivery_number_seq", "DL-").flatMap(number -> {
                            Delivery delivery = Delivery.of(number, request, bin.code, actor.name(), clock.instant());
                            Picking.PickOrder order = new Picking.PickOrder(delivery.id, number, request.shipOn().atStartOfDay(plantZone).toInstant());
                            // every item's allocation lock at once, in one order: two deliveries of the same items never deadlock
                            return TransactionLocks.lock(delivery.lines().stream().map(line -> StockPlace.allocationKey(line.itemCode()))
                                            .distinct().sorted().toList())
                                    .chain(() -> delivery.persist())
                                    .chain(() -> planned(delivery, order, bin))
                                    .replaceWith(delivery);
                        }))
                        .call(delivery -> attempt.remember(delivery.id.toString()))),
                id -> find(UUID.fromString(id)));
    }

    private static void oneLinePerItem(DeliveryRequest request) {
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < request.lines().size(); i++) {
            Integer earlier = lineOf.putIfAbsent(request.lines().get(i).itemCode().trim(), i + 1);
            if (earlier != null) {
                throw new InvalidField("/lines/" + i + "/itemCode", request.lines().get(i).itemCode().trim() + " is on line " + earlier
                        + " already: one line per item");
            }
        }
    }

    private Uni<Void> planned(Delivery delivery, Picking.PickOrder order, Bin bin) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < delivery.lines().size(); i++) {
            Delivery.Line line = delivery.lines().get(i);
            String field = "/lines/" + i;
            chain = chain.call(() -> requireUnit(field, line))
                    .call(() -> picking.plan(order, line.itemCode(), line.quantity(), line.unit(), bin, balance -> false).invoke(shortfall -> {
                        if (shortfall.signum() > 0) {
                            throw new RuleViolation(field + "/quantity", "only " + Amounts.plain(line.quantity().subtract(shortfall)) + " "
                                    + line.unit() + " of " + line.itemCode() + " are free to ship on " + delivery.shipOn + ": "
                                    + Amounts.plain(shortfall) + " short");
                        }
                    }));
        }
        return chain;
    }

    /** Stock is kept in one unit per item: a line in another would pick what it cannot name. */
    private static Uni<Void> requireUnit(String field, Delivery.Line line) {
        return StockBalance.<StockBalance>find("itemCode", line.itemCode()).firstResult().invoke(held -> {
            if (held != null && !held.unit.equals(line.unit())) {
                throw new RuleViolation(field + "/unit", line.itemCode() + " is kept in " + held.unit + ", not " + line.unit());
            }
        }).replaceWithVoid();
    }

    private Uni<Bin> shippingBin() {
        return layout.binsOf(ZoneKind.SHIPPING).map(bins -> bins.stream().filter(bin -> !bin.blocked).findFirst()
                .orElseThrow(() -> new RuleViolation("the warehouse has no open shipping bin to pick deliveries to")));
    }

    public Uni<Delivery> find(UUID id) {
        return Panache.withSession(() -> Delivery.<Delivery>findById(id)).onItem().ifNull().failWith(() -> new NotFound("delivery", id));
    }

    /** By ship day, all or those of one status, each with its picks and packages. */
    public Uni<List<DeliveryView>> views(Optional<DeliveryStatus> status) {
        return Panache.withSession(() -> (status.isPresent()
                        ? Delivery.<Delivery>list("status = ?1 order by shipOn, number", status.get())
                        : Delivery.<Delivery>list("order by shipOn, number"))
                .flatMap(found -> {
                    List<UUID> ids = found.stream().map(delivery -> delivery.id).toList();
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(List.<DeliveryView>of());
                    }
                    return PickTask.<PickTask>list("orderId in ?1 order by number", ids)
                            .flatMap(picks -> DeliveryPackage.<DeliveryPackage>list("deliveryId in ?1 order by packedAt, sscc", ids)
                                    .flatMap(packages -> units.palletsOf(packages.stream().map(unit -> unit.sscc).toList())
                                            .map(pallets -> found.stream().map(delivery -> DeliveryView.of(delivery,
                                                    picks.stream().filter(task -> task.orderId.equals(delivery.id)).toList(),
                                                    packages.stream().filter(unit -> unit.deliveryId.equals(delivery.id)).toList(), pallets))
                                                    .toList())));
                }));
    }

    /** The delivery with its picks and packages, as shown. */
    public Uni<DeliveryView> view(UUID id) {
        return Panache.withSession(() -> Delivery.<Delivery>findById(id).onItem().ifNull().failWith(() -> new NotFound("delivery", id))
                .flatMap(delivery -> PickTask.<PickTask>list("orderId = ?1 order by number", id)
                        .flatMap(picks -> DeliveryPackage.<DeliveryPackage>list("deliveryId = ?1 order by packedAt, sscc", id)
                                .flatMap(packages -> units.palletsOf(packages.stream().map(unit -> unit.sscc).toList())
                                        .map(pallets -> DeliveryView.of(delivery, picks, packages, pallets))))));
    }

    /**
     * Packs picked goods into a new handling unit with the plant's next SSCC, at the shipping bin: all that waits, or the
     * contents named (422 naming one that is more than waits). Its label is {@code /handling-units/{sscc}/label}.
     */
    public Uni<DeliveryPackage> pack(UUID id, PackRequest request, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("delivery-packages", actor, idempotencyKey, id + " " + request,
                attempt -> Panache.withTransaction(() -> locked(id).flatMap(delivery -> {
                    delivery.requireOpen();
                    return waiting(delivery).flatMap(waiting -> {
                        List<DeliveryPackage.Content> contents = PackingList.chosen(delivery, waiting, request);
                        Instant now = clock.instant();
                        return ssccs.next().flatMap(sscc -> ledger.lock(contents.stream().map(c -> looseAt(delivery, c)).toList())
                                .chain(() -> packed(delivery, contents, sscc, actor))
                                .chain(() -> units.packed(sscc, now, actor.name()))
                                .chain(() -> withSerials(delivery, contents, sscc))
                                .flatMap(serialised -> DeliveryPackage.of(sscc.value(), delivery.id, serialised, actor.name(), now)
                                        .<DeliveryPackage>persist()));
                    });
                }).call(unit -> attempt.remember(unit.sscc))),
                sscc -> Panache.withSession(() -> DeliveryPackage.<DeliveryPackage>findById(sscc)));
    }

    /**
     * Puts packed cartons of the delivery onto a new pallet with the plant's next SSCC (its label lists what the cartons
     * hold); 422 naming a unit that is not the delivery's or is on a pallet already. Answers the pallet's SSCC.
     */
    public Uni<String> palletise(UUID id, PalletRequest request, Optional<String> idempotencyKey, Actor actor) {
        List<String> cartons = request.units().stream().map(String::trim).toList();
        return idempotency.once("delivery-pallets", actor, idempotencyKey, id + " " + request,
                attempt -> Panache.withTransaction(() -> locked(id).flatMap(delivery -> {
                    delivery.requireOpen();
                    return DeliveryPackage.<DeliveryPackage>list("deliveryId = ?1 and sscc in ?2", id, cartons).invoke(packed -> {
                        for (int i = 0; i < cartons.size(); i++) {
                            String sscc = cartons.get(i);
                            if (cartons.indexOf(sscc) != i) {
                                throw new RuleViolation("/units/" + i, "handling unit " + sscc + " is named twice");
                            }
                            if (packed.stream().noneMatch(unit -> unit.sscc.equals(sscc))) {
                                throw new RuleViolation("/units/" + i, "handling unit " + sscc + " is not a package of " + delivery.number);
                            }
                        }
                    }).chain(() -> ssccs.next()).call(pallet -> units.packed(pallet, clock.instant(), actor.name()))
                            .call(pallet -> units.onto(pallet, cartons, i -> "/units/" + i))
                            .map(Sscc::value);
                }).call(pallet -> attempt.remember(pallet))),
                pallet -> Uni.createFrom().item(pallet));
    }

    /** The contents with the serial numbers their units carry, given to this handling unit. */
    private Uni<List<DeliveryPackage.Content>> withSerials(Delivery delivery, List<DeliveryPackage.Content> contents, Sscc sscc) {
        List<DeliveryPackage.Content> serialised = new ArrayList<>();
        return InTurn.each(contents, content -> serials.packed(content.itemCode(), content.lot(), content.quantity(), sscc.value(), delivery.id)
                        .invoke(numbers -> serialised.add(content.withSerials(numbers))))
                .replaceWith(serialised);
    }

    private Uni<Void> packed(Delivery delivery, List<DeliveryPackage.Content> contents, Sscc sscc, Actor actor) {
        Booking booking = Booking.of(MovementType.TRANSFER, "packed", delivery.number + " · " + sscc.value());
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DeliveryPackage.Content content : contents) {
            StockPlace loose = looseAt(delivery, content);
            chain = chain.call(() -> Ledger.balanceOf(loose).invoke(source -> {
                if (source == null) {
                    throw new RuleViolation("/contents", "the book holds no loose " + content.itemCode() + " of lot " + content.lot() + " at "
                            + delivery.shipFrom + " any more: count the bin");
                }
                booking.move(source, loose.at(delivery.shipFrom, sscc.value()), content.quantity());
            }).replaceWithVoid());
        }
        return chain.chain(() -> ledger.post(booking, actor)).replaceWithVoid();
    }

    private static StockPlace looseAt(Delivery delivery, DeliveryPackage.Content content) {
        return new StockPlace(content.itemCode(), content.lot(), StockStatus.AVAILABLE, delivery.shipFrom, null);
    }

    /**
     * Ships what is packed: its stock leaves the ledger, {@code warehouse.shipments.v1} says which lots went to the
     * customer on which unit. 422 while a pick is open, picked goods wait to be packed, or nothing is packed; 409 once
     * shipped.
     */
    public Uni<Delivery> ship(UUID id, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("shipments", actor, idempotencyKey, id.toString(),
                attempt -> Panache.withTransaction(() -> locked(id).flatMap(delivery -> {
                    delivery.requireOpen();
                    return PickTask.<PickTask>list("orderId = ?1 and status = ?2 order by number", id, PickTaskStatus.OPEN)
                            .invoke(open -> {
                                if (!open.isEmpty()) {
                                    throw new RuleViolation(delivery.number + " still has open picks: "
                                            + open.stream().map(task -> task.number).collect(Collectors.joining(", ")));
                                }
                            })
                            .chain(() -> waiting(delivery))
                            .invoke(waiting -> {
                                if (!waiting.isEmpty()) {
                                    throw new RuleViolation("picked goods of " + delivery.number + " wait to be packed: " + waiting.stream()
                                            .map(c -> Amounts.plain(c.quantity()) + " " + c.unit() + " of " + c.itemCode() + " lot " + c.lot())
                                            .collect(Collectors.joining(", ")));
                                }
                            })
                            .chain(() -> DeliveryPackage.<DeliveryPackage>list("deliveryId = ?1 order by packedAt, sscc", id))
                            .flatMap(packages -> {
                                if (packages.isEmpty()) {
                                    throw new RuleViolation("nothing is packed for " + delivery.number + ": pack its picked goods first");
                                }
                                return shipped(delivery, packages, actor)
                                        .invoke(() -> delivery.shipped(actor.name(), clock.instant()))
                                        .chain(() -> units.palletsOf(packages.stream().map(unit -> unit.sscc).toList()))
                                        .chain(pallets -> outbox.append(ShipmentEvents.TOPIC, delivery.id.toString(), ShipmentEvents.CONFIRMED,
                                                ShipmentEvents.confirmed(delivery, packages, pallets)));
                            })
                            .replaceWith(delivery);
                }).call(delivery -> attempt.remember(delivery.id.toString()))),
                deliveryId -> find(UUID.fromString(deliveryId)));
    }

    private Uni<Void> shipped(Delivery delivery, List<DeliveryPackage> packages, Actor actor) {
        Booking booking = Booking.of(MovementType.SHIPMENT, "shipped to " + delivery.customerCode, delivery.number);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DeliveryPackage unit : packages) {
            chain = chain.call(() -> stock.onHandlingUnit(unit.sscc).invoke(held -> held.forEach(balance -> booking.take(balance, balance.quantity)))
                    .replaceWithVoid());
        }
        return chain.chain(() -> booking.lines().isEmpty() ? Uni.createFrom().voidItem() : ledger.post(booking, actor).replaceWithVoid());
    }

    /** Picked goods not packed yet, per lot: what the delivery's picks took less what its packages hold. */
    private static Uni<List<DeliveryPackage.Content>> waiting(Delivery delivery) {
        return PickTask.<PickTask>list("orderId = ?1 and picked > 0", delivery.id)
                .flatMap(picks -> DeliveryPackage.<DeliveryPackage>list("deliveryId", delivery.id)
                        .map(packages -> PackingList.waiting(picks, packages)));
    }

    private static Uni<Delivery> locked(UUID id) {
        return Delivery.<Delivery>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).<Delivery>firstResult()
                .onItem().ifNull().failWith(() -> new NotFound("delivery", id));
    }
}
