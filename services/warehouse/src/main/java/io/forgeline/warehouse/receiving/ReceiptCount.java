package io.forgeline.warehouse.receiving;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.warehouse.receiving.ReceiptRequest.Counted;
import io.forgeline.warehouse.stock.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Pure rule: what a receipt's lines are, from what the ASN announced and what the clerk counted. A line not counted
 * arrived as announced; any difference (short, over, damaged) needs a reason. Refusals name the field as a JSON
 * pointer, all at once.
 */
final class ReceiptCount {

    private ReceiptCount() {
    }

    /**
     * @param fallbackLot the lot for goods whose supplier gave none: everything of one delivery is one lot
     */
    static List<ReceivedLine> planned(List<ExpectedLine> announced, List<Counted> counted, String reason, String fallbackLot) {
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, Counted> byLine = new HashMap<>();
        for (int i = 0; i < counted.size(); i++) {
            Counted count = counted.get(i);
            String at = "/lines/" + i;
            List<Integer> matches = matches(announced, count);
            if (matches.size() != 1) {
                errors.add(new FieldError(at, matches.isEmpty()
                        ? "matches no line of the handling unit's ASN (give purchaseOrderId and lineNumber, or itemCode and lot)"
                        : "matches several lines of the ASN: give purchaseOrderId and lineNumber"));
                continue;
            }
            if (byLine.putIfAbsent(matches.getFirst(), count) != null) {
                errors.add(new FieldError(at, "counts a line already counted"));
            }
            ExpectedLine line = announced.get(matches.getFirst());
            if (count.unit() != null && !count.unit().isBlank() && !count.unit().trim().equals(line.unit())) {
                errors.add(new FieldError(at + "/unit", "the ASN announces this line in " + line.unit()));
            }
            checkDamaged(count, line.quantity(), at, errors);
        }
        List<ReceivedLine> lines = new ArrayList<>();
        for (int i = 0; i < announced.size(); i++) {
            ExpectedLine line = announced.get(i);
            Counted count = byLine.get(i);
            BigDecimal received = count == null || count.received() == null ? line.quantity() : count.received();
            BigDecimal damaged = count == null || count.damaged() == null ? BigDecimal.ZERO : count.damaged();
            lines.add(new ReceivedLine(line.purchaseOrderId(), line.purchaseOrderNumber(), line.lineNumber(), line.itemCode(),
                    line.lot() == null ? fallbackLot : line.lot(), line.expiryDate(), line.quantity(), received, damaged, line.unit()));
        }
        if (lines.stream().anyMatch(ReceivedLine::differs) && isBlank(reason)) {
            errors.add(new FieldError("/reason", "is required when the count differs from the ASN (short, over or damaged)"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return lines;
    }

    /** Goods on no ASN: every line says what it is, and the clerk says why they were taken in. */
    static List<ReceivedLine> unplanned(List<Counted> counted, String reason, Map<String, String> unitsOfKnownItems) {
        List<FieldError> errors = new ArrayList<>();
        if (isBlank(reason)) {
            errors.add(new FieldError("/reason", "is required for goods on no ASN: say why they are taken in"));
        }
        if (counted.isEmpty()) {
            errors.add(new FieldError("/lines", "are required for goods on no ASN: item, lot and quantity of each"));
        }
        List<ReceivedLine> lines = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            Counted count = counted.get(i);
            String at = "/lines/" + i;
            if (isBlank(count.itemCode())) {
                errors.add(new FieldError(at + "/itemCode", "is required"));
            }
            if (isBlank(count.lot())) {
                errors.add(new FieldError(at + "/lot", "is required: the supplier's batch on the label"));
            }
            if (count.received() == null || count.received().signum() <= 0) {
                errors.add(new FieldError(at + "/received", "is required and must be more than zero"));
            }
            checkDamaged(count, BigDecimal.ZERO, at, errors);
            if (errors.isEmpty() && !unitsOfKnownItems.containsKey(count.itemCode().trim())) {
                unknown.add(new FieldError(at + "/itemCode", "is not an item of the item master: " + count.itemCode().trim()));
            } else if (errors.isEmpty()) {
                String unit = isBlank(count.unit()) ? unitsOfKnownItems.get(count.itemCode().trim()) : count.unit().trim();
                lines.add(new ReceivedLine(null, null, null, count.itemCode().trim(), count.lot().trim(), count.expiresOn(), BigDecimal.ZERO,
                        count.received(), Objects.requireNonNullElse(count.damaged(), BigDecimal.ZERO), unit));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        if (!unknown.isEmpty()) {
            throw FieldErrors.refused(unknown);
        }
        return lines;
    }

    /**
     * Goods on no ASN delivered against a purchase order: each line names its order line, whose item it is; the lot is
     * the supplier's. Nothing was announced, so nothing differs: a partial delivery is normal.
     */
    static List<ReceivedLine> againstOrder(PurchaseOrderCopy order, List<Counted> counted) {
        List<FieldError> errors = new ArrayList<>();
        if (counted.isEmpty()) {
            errors.add(new FieldError("/lines", "are required: each line's lineNumber on " + order.number + ", lot and quantity"));
        }
        List<ReceivedLine> lines = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < counted.size(); i++) {
            Counted count = counted.get(i);
            String at = "/lines/" + i;
            Optional<PurchaseOrderCopy.Line> line = count.lineNumber() == null ? Optional.empty() : order.line(count.lineNumber());
            if (line.isEmpty()) {
                errors.add(new FieldError(at + "/lineNumber", count.lineNumber() == null ? "is required: the line of " + order.number
                        : order.number + " has no line " + count.lineNumber()));
                continue;
            }
            if (!seen.add(count.lineNumber())) {
                errors.add(new FieldError(at + "/lineNumber", "counts line " + count.lineNumber() + " already counted"));
            }
            if ("CANCELLED".equals(line.get().status())) {
                errors.add(new FieldError(at + "/lineNumber", "line " + count.lineNumber() + " of " + order.number + " is cancelled"));
            }
            if (!isBlank(count.itemCode()) && !count.itemCode().trim().equals(line.get().itemCode())) {
                errors.add(new FieldError(at + "/itemCode", "line " + count.lineNumber() + " of " + order.number + " orders " + line.get().itemCode()));
            }
            if (!isBlank(count.unit()) && !count.unit().trim().equals(line.get().unit())) {
                errors.add(new FieldError(at + "/unit", "line " + count.lineNumber() + " of " + order.number + " is ordered in " + line.get().unit()));
            }
            if (isBlank(count.lot())) {
                errors.add(new FieldError(at + "/lot", "is required: the supplier's batch on the label"));
            }
            if (count.received() == null || count.received().signum() <= 0) {
                errors.add(new FieldError(at + "/received", "is required and must be more than zero"));
            }
            checkDamaged(count, BigDecimal.ZERO, at, errors);
            if (errors.isEmpty()) {
                lines.add(new ReceivedLine(order.id, order.number, count.lineNumber(), line.get().itemCode(), count.lot().trim(), count.expiresOn(),
                        BigDecimal.ZERO, count.received(), Objects.requireNonNullElse(count.damaged(), BigDecimal.ZERO), line.get().unit()));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return lines;
    }

    private static void checkDamaged(Counted count, BigDecimal announced, String at, List<FieldError> errors) {
        BigDecimal received = count.received() == null ? announced : count.received();
        if (count.damaged() != null && count.damaged().compareTo(received) > 0) {
            errors.add(new FieldError(at + "/damaged", "is more than was received (" + Amounts.plain(received) + ")"));
        }
    }

    private static List<Integer> matches(List<ExpectedLine> announced, Counted count) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < announced.size(); i++) {
            ExpectedLine line = announced.get(i);
            boolean byOrderLine = count.purchaseOrderId() != null && count.lineNumber() != null;
            boolean match = byOrderLine
                    ? count.purchaseOrderId().equals(line.purchaseOrderId()) && count.lineNumber() == line.lineNumber()
                    : count.itemCode() != null && count.itemCode().trim().equals(line.itemCode())
                            && (isBlank(count.lot()) || count.lot().trim().equals(line.lot()));
            if (match) {
                found.add(i);
            }
        }
        return found;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
