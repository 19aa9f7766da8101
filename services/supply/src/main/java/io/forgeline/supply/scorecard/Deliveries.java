package io.forgeline.supply.scorecard;

import io.forgeline.contracts.warehouse.v1.GoodsReceived;
import io.forgeline.contracts.warehouse.v1.ReceivedLine;
import io.forgeline.platform.inbox.PoisonEvent;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.supply.purchasing.Delivery;
import io.forgeline.supply.purchasing.Plant;
import io.forgeline.supply.purchasing.PurchaseOrder;
import io.forgeline.supply.purchasing.PurchaseOrderLine;
import io.forgeline.supply.shipping.ShippingNotices;
import io.forgeline.supply.supplier.SupplierDirectory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Records what the dock received, inside the consumer's transaction: per purchase order line and day one delivery
 * (handling units of the same line that day add up), per ASN handling unit whether it held what was announced, and
 * per receipt line what it brought, for quality's rejections ({@link Rejections}).
 */
@ApplicationScoped
public class Deliveries {

    private final ShippingNotices notices;
    private final SupplierDirectory suppliers;
    private final Plant plant;
    private final Rejections rejections;

    Deliveries(ShippingNotices notices, SupplierDirectory suppliers, Plant plant, Rejections rejections) {
        this.notices = notices;
        this.suppliers = suppliers;
        this.plant = plant;
        this.rejections = rejections;
    }

    Uni<Void> received(GoodsReceived receipt) {
        Instant at = Instant.parse(receipt.getReceivedAt());
        LocalDate day = LocalDate.ofInstant(at, plant.zone());
        UUID receiptId = receiptId(receipt);
        // quality's decisions on this receipt's lots wait for it to be recorded (see Rejections)
        Uni<Void> chain = Uni.createFrom().voidItem().call(() -> Rejections.inTurnWith(receiptId));
        List<ReceivedLine> lines = receipt.getLinesList();
        for (int i = 0; i < lines.size(); i++) {
            ReceivedLine line = lines.get(i);
            int ordinal = i;
            if (!line.getPurchaseOrderId().isEmpty()) {
                chain = chain.call(() -> line(receiptId, ordinal, line, day, at));
            }
        }
        chain = chain.call(() -> rejections.receiptIn(receiptId));
        if (!receipt.getAsnId().isEmpty() && !receipt.getSscc().isEmpty()) {
            UUID asnId = UUID.fromString(receipt.getAsnId());
            // receipts of one ASN take turns: two last handling units at once must not each miss the other's row
            chain = chain.call(() -> TransactionLocks.lock("asn-receipts:" + asnId))
                    .call(() -> unit(receipt, asnId, day, at))
                    .flatMap(recorded -> session(s -> s.createNativeQuery("select sscc from asn_unit_receipt where asn_id = ?1", String.class)
                            .setParameter(1, asnId).getResultList()))
                    .flatMap(ssccs -> notices.received(asnId, new HashSet<>(ssccs), at));
        }
        return chain;
    }

    /**
     * One order line's goods, added to that line's delivery of the day and remembered as the receipt's, for quality's
     * decisions on its lot; a line that is not ours is not scored.
     */
    private Uni<Void> line(UUID receiptId, int ordinal, ReceivedLine line, LocalDate day, Instant at) {
        UUID orderId = UUID.fromString(line.getPurchaseOrderId());
        return PurchaseOrder.<PurchaseOrder>findById(orderId).flatMap(order -> {
            PurchaseOrderLine ordered = order == null ? null : order.lines().stream()
                    .filter(l -> l.lineNumber() == line.getLineNumber()).findFirst().orElse(null);
            if (ordered == null) {
                return Uni.createFrom().voidItem();
            }
            Delivery expected = expected(ordered, day);
            return suppliers.terms(order.supplierCode(), ordered.itemCode()).flatMap(terms -> session(s -> s.createNativeQuery("""
                            insert into delivery (purchase_order_id, line_number, received_on, supplier_code, received_quantity,
                                                  damaged_quantity, expected_on, expected_quantity, tolerance, first_received_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                            on conflict (purchase_order_id, line_number, received_on) do update
                            set received_quantity = delivery.received_quantity + excluded.received_quantity,
                                damaged_quantity = delivery.damaged_quantity + excluded.damaged_quantity""")
                    .setParameter(1, orderId).setParameter(2, line.getLineNumber()).setParameter(3, day)
                    .setParameter(4, order.supplierCode()).setParameter(5, amount(line.getReceived().getAmount()))
                    .setParameter(6, amount(line.getDamaged().getAmount())).setParameter(7, expected.date())
                    .setParameter(8, expected.quantity()).setParameter(9, terms.overDeliveryTolerance()).setParameter(10, at)
                    .executeUpdate()))
                    .call(() -> rejections.brought(receiptId, ordinal, orderId, line.getLineNumber(), day, line))
                    .replaceWithVoid();
        });
    }

    private static UUID receiptId(GoodsReceived receipt) {
        try {
            return UUID.fromString(receipt.getReceiptId());
        } catch (IllegalArgumentException notAUuid) {
            throw new PoisonEvent("goods receipt '" + receipt.getReceiptId() + "' has no UUID for an id");
        }
    }

    /** The delivery a receipt fulfils: the committed one nearest the day (the earlier of two as near), else the order. */
    static Delivery expected(PurchaseOrderLine ordered, LocalDate day) {
        return ordered.confirmed().stream()
                .min(Comparator.comparingLong((Delivery d) -> Math.abs(ChronoUnit.DAYS.between(d.date(), day))).thenComparing(Delivery::date))
                .orElse(new Delivery(ordered.quantity(), ordered.requestedDate()));
    }

    /** An ASN handling unit: as announced when every line came complete and undamaged. */
    private Uni<Integer> unit(GoodsReceived receipt, UUID asnId, LocalDate day, Instant at) {
        boolean asAnnounced = !receipt.getUnplanned() && !receipt.getLinesList().isEmpty() && receipt.getLinesList().stream()
                .allMatch(l -> amount(l.getAnnounced().getAmount()).compareTo(amount(l.getReceived().getAmount())) == 0
                        && amount(l.getDamaged().getAmount()).signum() == 0 && amount(l.getAnnounced().getAmount()).signum() > 0);
        return session(s -> s.createNativeQuery("""
                        insert into asn_unit_receipt (asn_id, sscc, supplier_code, received_on, received_at, as_announced)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (asn_id, sscc) do nothing""")
                .setParameter(1, asnId).setParameter(2, receipt.getSscc()).setParameter(3, receipt.getSupplierCode())
                .setParameter(4, day).setParameter(5, at).setParameter(6, asAnnounced)
                .executeUpdate());
    }

    private static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text);
    }

    private static <T> Uni<T> session(java.util.function.Function<org.hibernate.reactive.mutiny.Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().flatMap(session -> work.apply(session));
    }
}
