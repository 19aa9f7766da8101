package io.forgeline.supply.edi;

import static io.forgeline.supply.edi.EdiValues.invalid;
import static io.forgeline.supply.edi.EdiValues.refused;

import io.forgeline.supply.edi.Interchange.Message;
import io.forgeline.supply.purchasing.ConfirmPurchaseOrder;
import io.forgeline.supply.purchasing.ConfirmPurchaseOrder.DeliveryOffer;
import io.forgeline.supply.purchasing.ConfirmPurchaseOrder.LineAnswer;
import io.forgeline.supply.purchasing.PurchaseOrder;
import io.forgeline.supply.purchasing.PurchaseOrderLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * ORDRSP read as the confirmation a supplier would post as JSON. BGM 1225 29 accepts every line as ordered; 4 answers
 * line by line: LIN 1229 5 accepts the line, 3 changes it, with one delivery in the line's QTY and DTM or a schedule
 * of deliveries in SCC groups (each QTY 113 with its DTM: a split). "Not accepted" (BGM 27, LIN 7) is refused: the
 * plant cannot take a refusal by message, the supplier counter-proposes a quantity or date, or calls the buyer.
 */
final class OrderResponses {

    private static final Set<String> DELIVERY_DATES = Set.of("2", "67", "69"); // requested, current schedule, promised

    private OrderResponses() {
    }

    /** The confirmation and, for each JSON field of it, the EDI position it came from (to name a service's refusal). */
    record Confirmation(PurchaseOrder order, ConfirmPurchaseOrder command, Map<String, String> provenance) {
    }

    static Confirmation read(Message m, Function<String, Optional<PurchaseOrder>> ordersByNumber) {
        Map<String, String> from = new HashMap<>();
        Segment bgm = m.first("BGM");
        Segment reference = m.segments().stream().filter(s -> s.is("RFF", "ON")).findFirst()
                .orElseThrow(() -> invalid(m.position() + " / SG1 RFF", "RFF+ON with our purchase order number is required"));
        PurchaseOrder order = ordersByNumber.apply(reference.value(1, 2))
                .orElseThrow(() -> refused(reference.at(1, 2), "you have no purchase order " + reference.value(1, 2)));
        String function = bgm.value(3);
        if ("27".equals(function)) {
            throw refused(bgm.at(3, 0), "27 (not accepted) cannot be taken: counter-propose another quantity or date, or call the buyer");
        }
        List<List<Segment>> lines = groups(m, "LIN");
        if ("29".equals(function)) {
            for (List<Segment> line : lines) {
                if (!"5".equals(line.get(0).value(2))) {
                    throw invalid(line.get(0).at(2, 0), "BGM 29 accepts the order unchanged, so every LIN must say 5 (accepted)");
                }
            }
            from.put("acceptAll", bgm.at(3, 0));
            return new Confirmation(order, new ConfirmPurchaseOrder(null, true, null), from);
        }
        if (lines.isEmpty()) {
            throw invalid(bgm.at(3, 0), "4 (changed) needs a LIN group for every line it answers");
        }
        List<LineAnswer> answers = new ArrayList<>();
        for (List<Segment> line : lines) {
            answers.add(answer(order, line, answers.size(), from));
        }
        return new Confirmation(order, new ConfirmPurchaseOrder(null, null, answers), from);
    }

    private static LineAnswer answer(PurchaseOrder order, List<Segment> line, int i, Map<String, String> from) {
        Segment lin = line.get(0);
        if (lin.value(1).isEmpty()) {
            throw invalid(lin.at(1, 0), "is required: the line number of our order");
        }
        int number = Integer.parseInt(lin.value(1)); // numeric by the schema
        from.put("lines[" + i + "].lineNumber", lin.at(1, 0));
        from.put("lines[" + i + "]", lin.position());
        PurchaseOrderLine ordered = order.lines().stream().filter(l -> l.lineNumber() == number).findFirst()
                .orElseThrow(() -> refused(lin.at(1, 0), "purchase order " + order.number() + " has no line " + number));
        return switch (lin.value(2)) {
            case "5" -> new LineAnswer(number, true, null);
            case "7" -> throw refused(lin.at(2, 0), "7 (not accepted) cannot be taken: counter-propose another quantity or date");
            case "3" -> new LineAnswer(number, null, deliveries(ordered, line, i, from));
            default -> throw invalid(lin.at(2, 0), "is required: 5 (accepted) or 3 (changed)");
        };
    }

    private static List<DeliveryOffer> deliveries(PurchaseOrderLine ordered, List<Segment> line, int i, Map<String, String> from) {
        List<DeliveryOffer> offers = new ArrayList<>();
        int schedule = indexOf(line, "SCC");
        if (schedule >= 0) {
            for (int s = schedule; s < line.size(); s++) {
                Segment qty = line.get(s);
                if (!"QTY".equals(qty.tag())) {
                    continue;
                }
                Segment dtm = s + 1 < line.size() && "DTM".equals(line.get(s + 1).tag()) ? line.get(s + 1) : null;
                if (dtm == null || !DELIVERY_DATES.contains(dtm.value(1, 1))) {
                    throw invalid(qty.position(), "each scheduled QTY needs a DTM+2, 67 or 69 with its date right after it");
                }
                String field = "lines[" + i + "].deliveries[" + offers.size() + "]";
                from.put(field + ".quantity", qty.at(1, 2));
                from.put(field + ".date", dtm.at(1, 2));
                offers.add(new DeliveryOffer(positive(qty), EdiValues.date(dtm)));
            }
            return offers;
        }
        // one delivery: the line's own QTY and DTM, each defaulting to what was ordered
        Optional<Segment> qty = line.stream().filter(s -> "QTY".equals(s.tag())).findFirst();
        Optional<Segment> dtm = line.stream().filter(s -> "DTM".equals(s.tag()) && DELIVERY_DATES.contains(s.value(1, 1))).findFirst();
        qty.ifPresent(q -> from.put("lines[" + i + "].deliveries[0].quantity", q.at(1, 2)));
        dtm.ifPresent(d -> from.put("lines[" + i + "].deliveries[0].date", d.at(1, 2)));
        return List.of(new DeliveryOffer(qty.map(OrderResponses::positive).orElse(ordered.quantity()),
                dtm.map(EdiValues::date).orElse(ordered.requestedDate())));
    }

    private static BigDecimal positive(Segment qty) {
        BigDecimal quantity = EdiValues.decimal(qty.value(1, 2));
        if (quantity.signum() <= 0) {
            throw invalid(qty.at(1, 2), "must be more than zero");
        }
        return quantity;
    }

    /** The groups that start with a trigger segment, up to the next trigger or the summary section. */
    static List<List<Segment>> groups(Message m, String trigger) {
        List<List<Segment>> groups = new ArrayList<>();
        List<Segment> group = null;
        for (Segment s : m.segments()) {
            if (trigger.equals(s.tag())) {
                group = new ArrayList<>();
                groups.add(group);
            } else if (Set.of("UNS", "UNT", "CNT").contains(s.tag())) {
                group = null;
            }
            if (group != null) {
                group.add(s);
            }
        }
        return groups;
    }

    private static int indexOf(List<Segment> segments, String tag) {
        for (int i = 0; i < segments.size(); i++) {
            if (tag.equals(segments.get(i).tag())) {
                return i;
            }
        }
        return -1;
    }
}
