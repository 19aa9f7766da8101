package io.forgeline.supply.shipping;

import io.forgeline.ident.key.Gtin;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.idempotency.IdempotentRequests.Attempt;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.paging.Paged;
import io.forgeline.platform.paging.Where;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.supply.purchasing.LineStatus;
import io.forgeline.supply.purchasing.Plant;
import io.forgeline.supply.purchasing.PurchaseOrder;
import io.forgeline.supply.purchasing.PurchaseOrderLine;
import io.forgeline.supply.purchasing.PurchaseOrderStatus;
import io.forgeline.supply.purchasing.SupplierOrders;
import io.forgeline.supply.shipping.AsnRules.Announced;
import io.forgeline.supply.shipping.AsnRules.LineKey;
import io.forgeline.supply.supplier.SupplierDirectory;
import io.forgeline.supply.webhooks.WebhookEventType;
import io.forgeline.supply.webhooks.Webhooks;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Suppliers announce, replace and cancel shipments. One supplier's ASNs take turns (a transaction lock), so two
 * ASNs sent at once cannot both take the last open quantity of a line; an SSCC is on one open ASN at a time.
 */
@ApplicationScoped
public class ShippingNotices {

    private final SupplierOrders orders;
    private final SupplierDirectory suppliers;
    private final Items items;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Webhooks webhooks;
    private final Plant plant;
    private final Clock clock;

    ShippingNotices(SupplierOrders orders, SupplierDirectory suppliers, Items items, Outbox outbox, IdempotentRequests idempotency,
            Webhooks webhooks, Plant plant, Clock clock) {
        this.webhooks = webhooks;
        this.orders = orders;
        this.suppliers = suppliers;
        this.items = items;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.plant = plant;
        this.clock = clock;
    }

    /**
     * Accepts a new ASN of the calling supplier, whole or not at all: 400 for its form, 422 for the orders' rules,
     * 409 for an SSCC on another open ASN or an ASN number already used. A retry with the same Idempotency-Key
     * answers the ASN accepted the first time.
     */
    public Uni<Asn> submit(String supplierCode, AsnDocument document, Optional<String> idempotencyKey, Actor actor) {
        ShippingNotice notice = AsnForm.read(document);
        return idempotency.once("asns", actor, idempotencyKey, String.valueOf(document),
                attempt -> Panache.withTransaction(() -> lockSupplier(supplierCode)
                        .flatMap(locked -> Asn.<Asn>find("supplierCode = ?1 and asnNumber = ?2", supplierCode, notice.asnNumber()).<Asn>firstResult())
                        .invoke(existing -> {
                            if (existing != null) {
                                throw FieldErrors.conflicting(List.of(new FieldError("/asnNumber", "ASN " + notice.asnNumber()
                                        + " was sent already (id " + existing.id() + "): replace it, or give the new one its own number")));
                            }
                        })
                        .flatMap(none -> units(supplierCode, notice, null))
                        .flatMap(units -> {
                            Asn asn = Asn.accept(supplierCode, notice, units, actor.name(), clock.instant());
                            return asn.<Asn>persist()
                                    .call(() -> hold(asn))
                                    .call(() -> outbox.append(AsnEvents.TOPIC, asn.id().toString(), AsnEvents.ACCEPTED, AsnEvents.notice(asn)))
                                    .call(() -> attempt.remember(asn.id().toString()));
                        })),
                id -> get(supplierCode, UUID.fromString(id)));
    }

    /** Replaces what an open ASN announces, checked like a new one (its own SSCCs and quantities do not count against it). */
    public Uni<Asn> replace(String supplierCode, UUID id, AsnDocument document, Actor actor) {
        ShippingNotice notice = AsnForm.read(document);
        return Panache.withTransaction(() -> lockSupplier(supplierCode)
                .flatMap(locked -> own(supplierCode, id, LockModeType.PESSIMISTIC_WRITE))
                .flatMap(asn -> Asn.<Asn>find("supplierCode = ?1 and asnNumber = ?2 and id <> ?3", supplierCode, notice.asnNumber(), id)
                        .firstResult()
                        .invoke(other -> {
                            if (other != null) {
                                throw FieldErrors.conflicting(List.of(new FieldError("/asnNumber", "another ASN has number " + notice.asnNumber())));
                            }
                        })
                        .flatMap(none -> units(supplierCode, notice, id))
                        .flatMap(units -> {
                            asn.replace(notice, units, actor.name(), clock.instant());
                            return release(asn.id()).call(() -> hold(asn))
                                    .call(() -> outbox.append(AsnEvents.TOPIC, asn.id().toString(), AsnEvents.REPLACED, AsnEvents.notice(asn)))
                                    .replaceWith(asn);
                        })));
    }

    /** The supplier withdraws an open ASN: its SSCCs and quantities are free again, and warehouse no longer expects them. */
    public Uni<Asn> cancel(String supplierCode, UUID id) {
        return Panache.withTransaction(() -> lockSupplier(supplierCode)
                .flatMap(locked -> own(supplierCode, id, LockModeType.PESSIMISTIC_WRITE))
                .invoke(asn -> asn.cancel(clock.instant()))
                .call(asn -> release(asn.id()))
                .call(asn -> outbox.append(AsnEvents.TOPIC, asn.id().toString(), AsnEvents.CANCELLED, AsnEvents.cancelled(asn))));
    }

    /**
     * Warehouse received handling units of an ASN: once every one it announces is among {@code received}, the ASN is
     * RECEIVED, its SSCCs and quantities are free again, and warehouse, the supplier's webhooks and its portal hear of
     * it. Inside the caller's transaction; an ASN cancelled or received before stays as it is.
     */
    public Uni<Void> received(UUID asnId, Set<String> received, Instant at) {
        return Asn.<Asn>find("id", asnId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult().flatMap(asn -> {
            if (asn == null || !received.containsAll(asn.handlingUnits().stream().map(HandlingUnit::sscc).toList()) || !asn.receive(at)) {
                return Uni.createFrom().voidItem();
            }
            return release(asn.id())
                    .call(() -> outbox.append(AsnEvents.TOPIC, asn.id().toString(), AsnEvents.RECEIVED, AsnEvents.received(asn)))
                    .call(() -> webhooks.queue(asn.supplierCode(), WebhookEventType.ASN_RECEIVED,
                            () -> Uni.createFrom().item(PartnerAsnResource.AsnView.of(asn))));
        });
    }

    /** The supplier's ASN of that number, or null, inside the caller's session: EDI replaces and cancels ASNs by number. */
    public Uni<Asn> numbered(String supplierCode, String asnNumber) {
        return Asn.<Asn>find("supplierCode = ?1 and asnNumber = ?2", supplierCode, asnNumber).firstResult();
    }

    /** Any supplier's ASN, for our staff. */
    public Uni<Asn> find(UUID id) {
        return Panache.withSession(() -> Asn.<Asn>findById(id)).onItem().ifNull().failWith(() -> new NotFound("ASN", id));
    }

    public Uni<Asn> get(String supplierCode, UUID id) {
        return Panache.withSession(() -> own(supplierCode, id, LockModeType.NONE));
    }

    /** A supplier's ASNs (all suppliers' when {@code supplierCode} is empty), newest first. */
    public Uni<Paged<Asn>> list(Optional<String> supplierCode, Optional<AsnStatus> status, int page, int size) {
        Where where = Where.all().equal("supplierCode", supplierCode).equal("status", status);
        return Panache.withSession(() -> Paged.of(Asn.<Asn>find(where.query(), Sort.descending("acceptedAt", "asnNumber"), where.parameters()),
                page, size));
    }

    /** The ASN's handling units as it will keep them, once the orders allow it and no SSCC is on another open ASN. */
    private Uni<List<HandlingUnit>> units(String supplierCode, ShippingNotice notice, UUID replacing) {
        Set<UUID> orderIds = notice.units().stream().flatMap(u -> u.lines().stream()).map(ShippingNotice.Line::purchaseOrderId)
                .collect(Collectors.toSet());
        return facts(supplierCode, orderIds, replacing)
                .map(facts -> AsnRules.check(notice, facts, LocalDate.ofInstant(clock.instant(), plant.zone())))
                .call(announced -> ssccsFree(notice, replacing))
                .map(announced -> handlingUnits(notice, announced));
    }

    /** The supplier's sent order lines the ASN names, with the item's GTIN, the tolerance and what other open ASNs announce. */
    private Uni<Map<LineKey, OrderLineFacts>> facts(String supplierCode, Set<UUID> orderIds, UUID replacing) {
        return orders.sentAmong(supplierCode, orderIds).flatMap(found -> {
            Set<String> itemCodes = found.stream().flatMap(o -> o.lines().stream()).map(PurchaseOrderLine::itemCode).collect(Collectors.toSet());
            return suppliers.terms(supplierCode, itemCodes).flatMap(terms -> items.byCode(itemCodes)
                    .flatMap(known -> announcedElsewhere(orderIds, replacing).map(elsewhere -> {
                        Map<LineKey, OrderLineFacts> facts = new HashMap<>();
                        for (PurchaseOrder order : found) {
                            boolean orderOpen = order.status() != PurchaseOrderStatus.CANCELLED && order.status() != PurchaseOrderStatus.RECEIVED;
                            for (PurchaseOrderLine line : order.lines()) {
                                LineKey key = new LineKey(order.id(), line.lineNumber());
                                Item item = known.get(line.itemCode());
                                facts.put(key, new OrderLineFacts(order.id(), order.number(), line.lineNumber(), line.itemCode(), line.unit(),
                                        line.quantity(), orderOpen && line.status() != LineStatus.CANCELLED,
                                        item == null ? null : item.tradeItemNumber().map(Gtin::value).orElse(null),
                                        terms.get(line.itemCode()).overDeliveryTolerance(), elsewhere.getOrDefault(key, BigDecimal.ZERO)));
                            }
                        }
                        return facts;
                    })));
        });
    }

    private static Uni<Map<LineKey, BigDecimal>> announcedElsewhere(Set<UUID> orderIds, UUID replacing) {
        if (orderIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // the ASN being replaced is left out by the query, not afterwards: its rows must not sit in the session when
        // they are deleted and written anew
        return AsnOpenQuantity.<AsnOpenQuantity>list("key.purchaseOrderId in ?1 and key.asnId <> ?2", List.copyOf(orderIds), notThis(replacing))
                .map(rows -> {
                    Map<LineKey, BigDecimal> sums = new HashMap<>();
                    rows.forEach(row -> sums.merge(new LineKey(row.key.purchaseOrderId(), row.key.lineNumber()), row.quantity, BigDecimal::add));
                    return sums;
                });
    }

    /** 409 naming every handling unit another open ASN announces already. */
    private static Uni<Void> ssccsFree(ShippingNotice notice, UUID replacing) {
        List<String> ssccs = notice.units().stream().map(u -> u.sscc().value()).toList();
        return AsnOpenSscc.<AsnOpenSscc>list("sscc in ?1 and asnId <> ?2", ssccs, notThis(replacing)).invoke(taken -> {
            List<FieldError> clashes = new ArrayList<>();
            for (AsnOpenSscc row : taken) {
                int index = ssccs.indexOf(row.sscc);
                clashes.add(new FieldError("/handlingUnits/" + index + "/sscc", "SSCC " + row.sscc + " is on another open ASN"));
            }
            if (!clashes.isEmpty()) {
                throw FieldErrors.conflicting(clashes);
            }
        }).replaceWithVoid();
    }

    private static List<HandlingUnit> handlingUnits(ShippingNotice notice, List<Announced> announced) {
        Map<ShippingNotice.Line, Announced> byLine = new LinkedHashMap<>();
        announced.forEach(a -> byLine.put(a.line(), a));
        return notice.units().stream().map(unit -> new HandlingUnit(unit.sscc().value(), unit.lines().stream().map(line -> {
            OrderLineFacts order = byLine.get(line).orderLine();
            return new HandlingUnit.Line(order.purchaseOrderId(), order.purchaseOrderNumber(), order.lineNumber(), order.itemCode(),
                    line.gtin() != null ? line.gtin().value() : order.gtin(), line.lot(), line.expiryDate(), line.quantity(), order.unit());
        }).toList())).toList();
    }

    /** Takes the ASN's SSCCs and quantities for as long as it is open. */
    private static Uni<Void> hold(Asn asn) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        Map<LineKey, BigDecimal> quantities = new LinkedHashMap<>();
        for (HandlingUnit unit : asn.handlingUnits()) {
            chain = chain.call(() -> AsnOpenSscc.of(unit.sscc(), asn.id()).persist());
            unit.lines().forEach(line -> quantities.merge(new LineKey(line.purchaseOrderId(), line.lineNumber()), line.quantity(), BigDecimal::add));
        }
        for (var entry : quantities.entrySet()) {
            chain = chain.call(() -> AsnOpenQuantity.of(asn.id(), entry.getKey().purchaseOrderId(), entry.getKey().lineNumber(), entry.getValue())
                    .persist());
        }
        return chain.call(Panache::flush);
    }

    private static Uni<Void> release(UUID asnId) {
        return AsnOpenSscc.delete("asnId", asnId).call(() -> AsnOpenQuantity.delete("key.asnId", asnId)).call(Panache::flush).replaceWithVoid();
    }

    private static Uni<Asn> own(String supplierCode, UUID id, LockModeType lock) {
        return Asn.<Asn>find("id = ?1 and supplierCode = ?2", id, supplierCode).withLock(lock).firstResult()
                .onItem().ifNull().failWith(() -> new NotFound("ASN", id));
    }

    /** The id no ASN has, when nothing is being replaced. */
    private static UUID notThis(UUID replacing) {
        return replacing != null ? replacing : new UUID(0, 0);
    }

    private static Uni<Void> lockSupplier(String supplierCode) {
        return TransactionLocks.lock("asns-of:" + supplierCode);
    }
}
