package io.forgeline.supply.edi;

import static io.forgeline.supply.edi.EdiValues.invalid;
import static io.forgeline.supply.edi.EdiValues.refused;

import io.forgeline.supply.edi.Interchange.Message;
import io.forgeline.supply.purchasing.PurchaseOrder;
import io.forgeline.supply.shipping.AsnDocument;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * DESADV read as the ASN a supplier would post as JSON. Every CPS level whose packaging carries an SSCC (PCI 33E,
 * GIN+BJ) is a handling unit; a LIN belongs to the nearest such level, its own or a parent's (CPS 7166). The order
 * comes from RFF+ON at the line (number and line) or in the header; lot and expiry from GIN+BX and DTM+36 (or 361).
 * BGM 1225 says what to do: 9 announce, 5 replace, 1 cancel the ASN of that number.
 */
final class DespatchAdvices {

    private static final Set<String> GTIN_QUALIFIERS = Set.of("EN", "SRV"); // D.96A / EANCOM 1997, EANCOM 2002
    private static final Set<String> OUR_ITEM_QUALIFIERS = Set.of("IN", "BP"); // buyer's item number, buyer's part number
    private static final Set<String> EXPIRY = Set.of("36", "361"); // expiry date, best before date

    private DespatchAdvices() {
    }

    enum Action { ANNOUNCE, REPLACE, CANCEL }

    /** The ASN, what to do with it, and for each JSON pointer of it the EDI position it came from. */
    record Notice(Action action, AsnDocument document, Map<String, String> provenance) {
    }

    static Notice read(Message m, Function<String, Optional<PurchaseOrder>> ordersByNumber, ZoneId plantZone) {
        Map<String, String> from = new HashMap<>();
        Segment bgm = m.first("BGM");
        from.put("/asnNumber", bgm.at(2, 0));
        Header header = header(m, plantZone, from);
        Levels levels = levels(m);
        List<String> unitLevels = new ArrayList<>();
        Map<String, List<AsnDocument.Line>> linesOf = new LinkedHashMap<>();
        for (LineGroup group : levels.lines()) {
            String unit = levels.unitOf(group.level())
                    .orElseThrow(() -> invalid(group.segments().get(0).position(), "this line is in no package with an SSCC (PCI+33E, GIN+BJ)"));
            if (!unitLevels.contains(unit)) {
                unitLevels.add(unit);
            }
            List<AsnDocument.Line> lines = linesOf.computeIfAbsent(unit, k -> new ArrayList<>());
            String pointer = "/handlingUnits/" + unitLevels.indexOf(unit) + "/lines/" + lines.size();
            from.put(pointer, group.segments().get(0).position());
            lines.add(line(group.segments(), pointer, header.order(), ordersByNumber, from));
        }
        List<AsnDocument.Unit> units = new ArrayList<>();
        for (int u = 0; u < unitLevels.size(); u++) {
            Segment gin = levels.ssccs().get(unitLevels.get(u));
            from.put("/handlingUnits/" + u + "/sscc", gin.at(2, 1));
            from.put("/handlingUnits/" + u, gin.position());
            units.add(new AsnDocument.Unit(gin.value(2, 1), linesOf.get(unitLevels.get(u))));
        }
        Action action = switch (bgm.value(3)) {
            case "5" -> Action.REPLACE;
            case "1" -> Action.CANCEL;
            default -> Action.ANNOUNCE; // 9 original, the only other code the schema takes
        };
        return new Notice(action, new AsnDocument(bgm.value(2), header.shipDate(), header.arrival(), header.carrier(), units), from);
    }

    private record Header(String shipDate, String arrival, String carrier, Optional<Segment> order) {
    }

    /** What comes before the first CPS: dates, the default order, the carrier. */
    private static Header header(Message m, ZoneId plantZone, Map<String, String> from) {
        String shipDate = null;
        String arrival = null;
        String carrier = null;
        Segment order = null;
        for (Segment s : m.segments()) {
            if ("CPS".equals(s.tag())) {
                break;
            }
            if (s.is("DTM", "11")) {
                shipDate = EdiValues.date(s).toString();
                from.put("/shipDate", s.at(1, 2));
            } else if (s.is("DTM", "132")) {
                arrival = EdiValues.instant(s, plantZone).toString();
                from.put("/expectedArrival", s.at(1, 2));
            } else if (s.is("RFF", "ON")) {
                order = s;
            } else if ("TDT".equals(s.tag())) {
                carrier = !s.value(5, 4).isEmpty() ? s.value(5, 4) : s.value(5, 1); // C040: 3128 name, else 3127 id
                from.put("/carrier", s.at(5, 4));
            }
        }
        return new Header(shipDate, arrival, carrier, Optional.ofNullable(order));
    }

    /** The segments of one LIN group and the CPS level it is in. */
    private record LineGroup(String level, List<Segment> segments) {
    }

    /** The packaging hierarchy: each level's parent, the levels with an SSCC, the line groups in reading order. */
    private record Levels(Map<String, String> parents, Map<String, Segment> ssccs, List<LineGroup> lines) {

        Optional<String> unitOf(String level) {
            String at = level;
            for (int depth = 0; at != null && !at.isEmpty() && depth <= parents.size(); depth++) { // depth: a loop in 7166
                if (ssccs.containsKey(at)) {
                    return Optional.of(at);
                }
                at = parents.get(at);
            }
            return Optional.empty();
        }
    }

    private static Levels levels(Message m) {
        Map<String, String> parents = new HashMap<>();
        Map<String, Segment> ssccs = new HashMap<>();
        List<LineGroup> lines = new ArrayList<>();
        String level = null;
        LineGroup open = null;
        for (Segment s : m.segments()) {
            switch (s.tag()) {
                case "CPS" -> {
                    level = s.value(1);
                    parents.put(level, s.value(2));
                    open = null;
                }
                case "LIN" -> {
                    open = new LineGroup(level, new ArrayList<>(List.of(s)));
                    lines.add(open);
                }
                case "CNT", "UNT" -> open = null;
                default -> {
                    if (open != null) {
                        open.segments().add(s);
                    } else if (s.is("GIN", "BJ") && level != null) { // the package's SSCC, before its lines
                        if (ssccs.containsKey(level) || !s.value(3, 1).isEmpty()) {
                            // several labelled packages on one level would each need their own lines
                            throw invalid(s.position(), "one SSCC per package level: give each labelled package a CPS of its own");
                        }
                        ssccs.put(level, s);
                    }
                }
            }
        }
        return new Levels(parents, ssccs, lines);
    }

    private static AsnDocument.Line line(List<Segment> line, String pointer, Optional<Segment> headerOrder,
            Function<String, Optional<PurchaseOrder>> ordersByNumber, Map<String, String> from) {
        Segment lin = line.get(0);
        String gtin = null;
        if (GTIN_QUALIFIERS.contains(lin.value(3, 2))) {
            gtin = lin.value(3, 1);
            from.put(pointer + "/gtin", lin.at(3, 1));
        }
        String itemCode = null;
        String quantity = null;
        Segment order = headerOrder.orElse(null);
        String lineNumber = null;
        String lot = null;
        String expiry = null;
        for (Segment s : line) {
            if ("PIA".equals(s.tag())) {
                for (int e = 2; e <= 6; e++) { // up to five C212: IN or BP is our item code
                    if (OUR_ITEM_QUALIFIERS.contains(s.value(e, 2))) {
                        itemCode = s.value(e, 1);
                        from.put(pointer + "/itemCode", s.at(e, 1));
                    }
                }
            } else if (s.is("QTY", "12")) {
                quantity = EdiValues.decimal(s.value(1, 2)).toPlainString();
                from.put(pointer + "/quantity", s.at(1, 2));
            } else if (s.is("RFF", "ON")) {
                order = s;
                if (!s.value(1, 3).isEmpty()) {
                    lineNumber = s.value(1, 3);
                    from.put(pointer + "/lineNumber", s.at(1, 3));
                }
            } else if (s.is("RFF", "LI")) {
                lineNumber = s.value(1, 2);
                from.put(pointer + "/lineNumber", s.at(1, 2));
            } else if (s.is("GIN", "BX")) { // the batch, in SG21 after PCI+36E or at the line
                lot = s.value(2, 1);
                from.put(pointer + "/lot", s.at(2, 1));
            } else if ("DTM".equals(s.tag()) && EXPIRY.contains(s.value(1, 1))) {
                expiry = EdiValues.date(s).toString();
                from.put(pointer + "/expiryDate", s.at(1, 2));
            }
        }
        if (order == null) {
            throw invalid(lin.position(), "RFF+ON with our purchase order number is required, at the line or in the header");
        }
        Segment reference = order;
        // the JSON API refuses an unknown order id with 422; an unknown number cannot even become an id
        PurchaseOrder purchaseOrder = ordersByNumber.apply(reference.value(1, 2))
                .orElseThrow(() -> refused(reference.at(1, 2), "you have no purchase order " + reference.value(1, 2)));
        from.put(pointer + "/purchaseOrderId", reference.at(1, 2));
        if (lineNumber == null) {
            throw invalid(reference.at(1, 3), "is required: the line of purchase order " + purchaseOrder.number() + " (RFF+ON:<order>:<line> or RFF+LI)");
        }
        if (!lineNumber.matches("[0-9]{1,6}")) {
            throw invalid(from.get(pointer + "/lineNumber"), "'" + lineNumber + "' is not a line number");
        }
        return new AsnDocument.Line(purchaseOrder.id().toString(), Integer.valueOf(lineNumber), itemCode, gtin, lot, expiry, quantity);
    }
}
