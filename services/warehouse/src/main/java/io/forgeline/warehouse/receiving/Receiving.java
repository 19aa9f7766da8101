package io.forgeline.warehouse.receiving;

import io.forgeline.ident.key.Sscc;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.items.PurchaseUnits;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.warehouse.handlingunits.HandlingUnits;
import io.forgeline.warehouse.handlingunits.SsccScans;
import io.forgeline.warehouse.layout.Bin;
import io.forgeline.warehouse.layout.Layout;
import io.forgeline.warehouse.layout.ZoneKind;
import io.forgeline.warehouse.receiving.Expectations.Expected;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.Ledger;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockPlace;
import io.forgeline.warehouse.stock.StockStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The dock: a scanned handling unit is received once, as its ASN announced it or as the clerk counted it, into
 * QUARANTINE at a dock bin; the receipt, the handling unit, the ledger movements and the event commit together.
 */
@ApplicationScoped
public class Receiving {


    private final Expectations expectations;
    private final Layout layout;
    private final Ledger ledger;
    private final HandlingUnits handlingUnits;
    private final Items items;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final SsccScans ssccs;
    private final Clock clock;

    Receiving(Expectations expectations, Layout layout, Ledger ledger, HandlingUnits handlingUnits, Items items, Outbox outbox,
            IdempotentRequests idempotency, SsccScans ssccs, Clock clock) {
        this.expectations = expectations;
        this.layout = layout;
        this.ledger = ledger;
        this.handlingUnits = handlingUnits;
        this.items = items;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.ssccs = ssccs;
        this.clock = clock;
    }

    /** 201: the receipt; 400 for an unreadable scan or count, 409 for an SSCC received before, 422 for one on no open ASN. */
    public Uni<Receipt> receive(ReceiptRequest request, Optional<String> idempotencyKey, Actor actor) {
        Sscc sscc = sscc(request.scan());
        return idempotency.once("receipts", actor, idempotencyKey, String.valueOf(request),
                attempt -> Panache.withTransaction(() -> TransactionLocks.lock("handling-unit:" + sscc.value())
                        .chain(() -> Receipt.<Receipt>find("sscc", sscc.value()).<Receipt>firstResult())
                        .invoke(earlier -> {
                            if (earlier != null) {
                                throw new IllegalTransition("SSCC " + sscc.value() + " was received already, at " + earlier.receivedAt
                                        + " by " + earlier.receivedBy + " into " + earlier.bin);
                            }
                        })
                        .chain(() -> dockBin(request.location()))
                        .flatMap(bin -> expectations.of(sscc.value()).flatMap(expected -> receipt(sscc, request, expected, bin, actor)))
                        .call(receipt -> receipt.persist())
                        .call(receipt -> handlingUnits.received(sscc, receipt.asnId, receipt.supplierCode, receipt.receivedAt, actor.name()))
                        .call(receipt -> book(receipt, actor))
                        .call(receipt -> outbox.append(ReceiptEvents.TOPIC, receipt.id.toString(), ReceiptEvents.RECEIVED, ReceiptEvents.received(receipt)))
                        .call(receipt -> attempt.remember(receipt.id.toString()))),
                id -> find(UUID.fromString(id)));
    }

    /** What the dock expects on this scan, before the clerk receives it: the ASN and its lines; 404 when on no open ASN. */
    public Uni<Expected> expected(String scan) {
        Sscc sscc = sscc(scan);
        return Panache.withSession(() -> expectations.of(sscc.value()))
                .map(found -> found.orElseThrow(() -> new NotFound("open ASN with SSCC", sscc.value())));
    }

    public Uni<Receipt> find(UUID id) {
        return Panache.withSession(() -> Receipt.<Receipt>findById(id)).onItem().ifNull().failWith(() -> new NotFound("receipt", id));
    }

    private Sscc sscc(String scan) {
        return ssccs.read("scan", scan);
    }

    private Uni<Bin> dockBin(String location) {
        if (location == null || location.isBlank()) {
            return layout.firstOf(ZoneKind.DOCK);
        }
        return layout.openBin("location", location.trim()).invoke(bin -> {
            if (bin.zone.kind != ZoneKind.DOCK) {
                throw new RuleViolation("location", "bin " + bin.code + " is not at the dock: goods are received into a dock bin");
            }
        });
    }

    private Uni<Receipt> receipt(Sscc sscc, ReceiptRequest request, Optional<Expected> expected, Bin bin, Actor actor) {
        Receipt receipt = new Receipt();
        receipt.id = UUID.randomUUID();
        receipt.sscc = sscc.value();
        receipt.bin = bin.code;
        receipt.receivedAt = clock.instant();
        receipt.receivedBy = actor.name();
        receipt.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        if (expected.isPresent()) {
            receipt.asnId = expected.get().asn().asnId;
            receipt.asnNumber = expected.get().asn().asnNumber;
            receipt.supplierCode = expected.get().asn().supplierCode;
            receipt.document = new Receipt.Lines(ReceiptCount.planned(expected.get().unit().lines(), request.counted(), receipt.reason, receipt.asnNumber));
            return Uni.createFrom().item(receipt);
        }
        if (request.againstOrder()) {
            return againstOrder(receipt, request);
        }
        if (!request.isUnplanned()) {
            throw new RuleViolation("scan", "SSCC " + sscc.value() + " is on no open ASN: receive it against its purchase order, or as "
                    + "unplanned, with a reason and its lines");
        }
        receipt.unplanned = true;
        receipt.supplierCode = request.supplierCode() == null || request.supplierCode().isBlank() ? null : request.supplierCode().trim();
        List<String> codes = request.counted().stream().map(ReceiptRequest.Counted::itemCode).filter(c -> c != null && !c.isBlank())
                .map(String::trim).distinct().toList();
        return items.byCode(codes).map(known -> {
            Map<String, String> units = known.values().stream().collect(Collectors.toMap(item -> item.code, Receiving::unitOf));
            receipt.document = new Receipt.Lines(ReceiptCount.unplanned(request.counted(), receipt.reason, units));
            return receipt;
        });
    }

    private static String unitOf(Item item) {
        return item.unit == null ? "PCE" : item.unit;
    }

    /** Goods on no ASN delivered against a purchase order; should supply ever reuse a number, an open order first, its latest revision. */
    private static Uni<Receipt> againstOrder(Receipt receipt, ReceiptRequest request) {
        String number = request.purchaseOrder().trim();
        return PurchaseOrderCopy.<PurchaseOrderCopy>find("number = ?1 order by cancelled, revision desc", number).<PurchaseOrderCopy>firstResult()
                .map(order -> {
                    if (order == null) {
                        throw new RuleViolation("purchaseOrder", "no purchase order " + number + " was sent to a supplier");
                    }
                    if (order.cancelled) {
                        throw new RuleViolation("purchaseOrder", order.number + " is cancelled: it takes no more goods");
                    }
                    receipt.supplierCode = order.supplierCode;
                    receipt.document = new Receipt.Lines(ReceiptCount.againstOrder(order, request.counted()));
                    return receipt;
                });
    }

    /** The ASN, else the purchase order the goods came against, else the receipt itself. */
    private static String referenceOf(Receipt receipt) {
        if (receipt.asnNumber != null) {
            return "ASN " + receipt.asnNumber;
        }
        return receipt.lines().stream().map(ReceivedLine::purchaseOrderNumber).filter(Objects::nonNull).findFirst()
                .orElse("unplanned receipt " + receipt.id);
    }

    /**
     * What is not damaged goes into stock, in QUARANTINE until quality releases it, in the item's base unit: goods
     * delivered in a purchase unit are converted by the item master's factor (2 BOX of 50 go in as 100 PCE).
     */
    private Uni<?> book(Receipt receipt, Actor actor) {
        List<String> codes = receipt.lines().stream().map(ReceivedLine::itemCode).distinct().toList();
        return items.byCode(codes).flatMap(known -> {
            Booking booking = Booking.of(MovementType.RECEIPT, receipt.reason, referenceOf(receipt));
            Instant at = receipt.receivedAt;
            for (ReceivedLine line : receipt.lines()) {
                if (line.intoStock().signum() > 0) {
                    Item item = known.get(line.itemCode());
                    String unit = item == null || item.unit == null ? line.unit() : item.unit;
                    // an item the copy does not know yet is booked as delivered: the ledger's one unit per item guards it
                    BigDecimal factor = item == null ? BigDecimal.ONE : PurchaseUnits.factor(item, line.unit())
                            .orElseThrow(() -> new RuleViolation("lines", line.itemCode() + " is kept in " + unit
                                    + " and the item master knows no conversion from " + line.unit()));
                    booking.add(new StockPlace(line.itemCode(), line.lot(), StockStatus.QUARANTINE, receipt.bin, receipt.sscc),
                            line.intoStock().multiply(factor), unit, line.expiresOn(), at);
                }
            }
            return booking.lines().isEmpty() ? Uni.createFrom().voidItem() : ledger.post(booking, actor);
        });
    }
}
