package io.forgeline.supply.shipping;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an ASN against the supplier's purchase orders, all of it at once: an order or line it does not have (another
 * supplier's order reads exactly like one that does not exist), an item that is not the line's, goods already
 * expired, more than the line's open quantity plus tolerance. Any fault refuses the whole ASN (422, every fault
 * named by its JSON pointer). Plain Java: the caller gathers the facts.
 */
final class AsnRules {

    private AsnRules() {
    }

    /**
     * @param lines the supplier's own sent order lines the ASN names, by order id and line number
     * @return each ASN line with the order line it is for
     * @throws FieldErrors 422 naming every fault
     */
    static List<Announced> check(ShippingNotice notice, Map<LineKey, OrderLineFacts> lines, LocalDate today) {
        List<FieldError> faults = new ArrayList<>();
        List<Announced> announced = new ArrayList<>();
        Map<LineKey, BigDecimal> totals = new HashMap<>();
        Map<LineKey, String> lastPointer = new HashMap<>();
        for (ShippingNotice.Unit unit : notice.units()) {
            for (ShippingNotice.Line line : unit.lines()) {
                LineKey key = new LineKey(line.purchaseOrderId(), line.lineNumber());
                OrderLineFacts facts = lines.get(key);
                if (facts == null) {
                    boolean orderKnown = lines.keySet().stream().anyMatch(k -> k.purchaseOrderId().equals(line.purchaseOrderId()));
                    faults.add(orderKnown
                            ? new FieldError(line.pointer() + "/lineNumber", "the purchase order has no line " + line.lineNumber())
                            : new FieldError(line.pointer() + "/purchaseOrderId", "purchase order " + line.purchaseOrderId() + " does not exist"));
                    continue;
                }
                if (!facts.open()) {
                    faults.add(new FieldError(line.pointer() + "/lineNumber", "line " + facts.lineNumber() + " of " + facts.purchaseOrderNumber()
                            + " takes no more goods (cancelled or received)"));
                    continue;
                }
                if (line.itemCode() != null && !line.itemCode().equals(facts.itemCode())) {
                    faults.add(new FieldError(line.pointer() + "/itemCode", "line " + facts.lineNumber() + " of " + facts.purchaseOrderNumber()
                            + " orders " + facts.itemCode() + ", not " + line.itemCode()));
                }
                if (line.gtin() != null && !line.gtin().value().equals(facts.gtin())) {
                    faults.add(new FieldError(line.pointer() + "/gtin", "GTIN " + line.gtin().value() + " is not " + facts.itemCode()
                            + (facts.gtin() == null ? ", which has no GTIN in our item master" : " (" + facts.gtin() + ")")));
                }
                if (line.expiryDate() != null && line.expiryDate().isBefore(today)) {
                    faults.add(new FieldError(line.pointer() + "/expiryDate", "the goods expired on " + line.expiryDate()));
                }
                totals.merge(key, line.quantity(), BigDecimal::add);
                lastPointer.put(key, line.pointer());
                announced.add(new Announced(line, facts));
            }
        }
        totals.forEach((key, total) -> {
            OrderLineFacts facts = lines.get(key);
            BigDecimal room = facts.ceiling().subtract(facts.announcedElsewhere());
            if (total.compareTo(room) > 0) {
                faults.add(new FieldError(lastPointer.get(key) + "/quantity", "line " + facts.lineNumber() + " of " + facts.purchaseOrderNumber()
                        + " takes at most " + plain(room.max(BigDecimal.ZERO)) + " " + facts.unit() + " more (ordered " + plain(facts.quantity())
                        + ", tolerance " + plain(facts.tolerancePercent()) + " %, announced on other ASNs " + plain(facts.announcedElsewhere())
                        + "); this ASN announces " + plain(total)));
            }
        });
        if (!faults.isEmpty()) {
            throw FieldErrors.refused(faults.stream().sorted((a, b) -> a.field().compareTo(b.field())).toList());
        }
        return announced;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    record LineKey(java.util.UUID purchaseOrderId, int lineNumber) {
    }

    /** An ASN line and the order line it is for. */
    record Announced(ShippingNotice.Line line, OrderLineFacts orderLine) {
    }
}
