package io.forgeline.execution.genealogy;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.blankIsNull;
import static io.forgeline.platform.problem.FieldChecks.required;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trace as the contract shapes it: the lots and serialised units ({@code nodes}) and what went into what
 * ({@code edges}), to any depth. Each lot says where it came from and which inspections decided it. A serialised unit
 * is a node of its own, reached from the lot it was made in (an edge of quantity 1) and going into what consumed it.
 */
public record Trace(List<Node> nodes, List<Edge> edges) {

    /**
     * A lot: PRODUCED by the plant, RECEIVED from {@code supplierCode} at the dock, or STOCK when it came into stock
     * otherwise (an opening balance); with the inspection lots whose usage decisions decided it and the shipments that
     * took some of it to customers. A SERIAL node is one serialised unit: {@code serial}, the {@code lot} it belongs to
     * (its lot's supplier, if received) and the shipments whose handling units carried it; a lot has no {@code serial}.
     */
    public record Node(String itemCode, String lot, @JsonInclude(JsonInclude.Include.NON_NULL) String serial, String kind,
                       String supplierCode, List<Inspection> inspections, List<Shipment> shipments) {

        public static final String SERIAL = "SERIAL";

        Ref ref() {
            return new Ref(itemCode, lot, serial);
        }

        /** A serialised unit, not a lot (not called isSerial: Jackson would write it over {@code serial}). */
        public boolean namesUnit() {
            return serial != null;
        }
    }

    /** An inspection lot's usage decision on a lot: which, what it did, who signed it when. */
    public record Inspection(String inspectionLotNumber, String actions, Instant decidedAt, String decidedBy) {
    }

    /** Some of a lot left the plant: on which handling unit of which delivery, to which customer, how much, when. */
    public record Shipment(String deliveryNumber, String customerCode, String customerName, String sscc,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit, Instant shippedAt) {
    }

    /** A lot ({@code serial} null) or one serialised unit of it. */
    public record Ref(String itemCode, String lot, @JsonInclude(JsonInclude.Include.NON_NULL) String serial) {

        public Ref(String itemCode, String lot) {
            this(itemCode, lot, null);
        }

        public boolean namesUnit() {
            return serial != null;
        }

        /** The lot itself, or the lot a serialised unit belongs to. */
        public Ref lotRef() {
            return serial == null ? this : new Ref(itemCode, lot);
        }

        /** The lot a question names, or null with the refusals added: each is required and a code's length at most. */
        public static Ref asked(String itemCode, String lot, List<FieldError> errors) {
            String item = required(itemCode, CODE, "itemCode", errors);
            String number = required(lot, CODE, "lot", errors);
            return item == null || number == null ? null : new Ref(item, number);
        }

        /**
         * The lot or the serialised unit a question names (the unit's lot still to be found: {@code lot} null), or null
         * with the refusals added: the item, and a lot or a serial, not both.
         */
        public static Ref asked(String itemCode, String lot, String serial, List<FieldError> errors) {
            if (blankIsNull(serial) == null) {
                return asked(itemCode, lot, errors);
            }
            String item = required(itemCode, CODE, "itemCode", errors);
            String unit = required(serial, SERIAL_LENGTH, "serial", errors);
            if (blankIsNull(lot) != null) {
                errors.add(new FieldError("serial", "give a lot or a serial number, not both"));
                return null;
            }
            return item == null || unit == null ? null : new Ref(item, null, unit);
        }
    }

    /** GS1 AI (21) holds at most 20 characters. */
    private static final int SERIAL_LENGTH = 20;

    /**
     * Some of {@code from} went into {@code to}: by which order's operation, how much, scanned by whom and when. From a
     * lot to one of its serialised units: quantity 1, by the order that made it (operation null), when and by whom.
     */
    public record Edge(Ref from, Ref to, String orderNumber, Integer operationSequence,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit, Instant consumedAt,
                       String consumedBy) {

        /** A genealogy row: from the serialised unit scanned, when one was, else from its lot. */
        static Edge of(GenealogyEdge e) {
            Ref from = e.fromSerial == null ? new Ref(e.fromItem, e.fromLot) : new Ref(e.fromItem, e.fromLot, e.fromSerial);
            return new Edge(from, new Ref(e.toItem, e.toLot), e.orderNumber, e.operationSequence, e.quantity.stripTrailingZeros(),
                    e.unit, e.consumedAt, e.consumedBy);
        }
    }

    /**
     * The trace from {@code start} over these edges, lots nearest the start first (breadth first, each level in the
     * order the edges were linked), whichever way the trace went.
     */
    static Trace of(Ref start, List<Edge> found, boolean backward) {
        List<Edge> edges = new ArrayList<>();
        Set<Ref> produced = new HashSet<>();
        Map<Ref, List<Ref>> next = new HashMap<>();
        for (Edge edge : found) {
            edges.add(edge);
            produced.add(edge.to());
            next.computeIfAbsent(backward ? edge.to() : edge.from(), k -> new ArrayList<>()).add(backward ? edge.from() : edge.to());
        }
        Set<Ref> lots = new LinkedHashSet<>();
        Deque<Ref> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Ref lot = queue.removeFirst();
            if (lots.add(lot)) {
                queue.addAll(next.getOrDefault(lot, List.of()));
            }
        }
        List<Node> nodes = lots.stream()
                .map(lot -> new Node(lot.itemCode(), lot.lot(), lot.serial(),
                        lot.namesUnit() ? Node.SERIAL : produced.contains(lot) || isOwnLot(lot) ? "PRODUCED" : "STOCK", null, List.of(), List.of()))
                .toList();
        return new Trace(nodes, edges);
    }

    /**
     * The same trace with each lot's supplier (a received lot), the inspections that decided it and its shipments; a
     * serialised unit with its lot's supplier and the shipments that carried it ({@code serialShipments}).
     */
    Trace with(Map<Ref, String> suppliers, Map<Ref, List<Inspection>> inspections, Map<Ref, List<Shipment>> shipments,
            Map<Ref, List<Shipment>> serialShipments) {
        List<Node> described = nodes.stream().map(node -> {
            Ref lot = node.ref().lotRef();
            String supplier = suppliers.get(lot);
            if (node.namesUnit()) {
                return new Node(node.itemCode(), node.lot(), node.serial(), node.kind(), supplier, List.of(),
                        serialShipments.getOrDefault(node.ref(), List.of()));
            }
            String kind = node.kind().equals("PRODUCED") || supplier == null ? node.kind() : "RECEIVED";
            return new Node(node.itemCode(), node.lot(), null, kind, supplier, inspections.getOrDefault(lot, List.of()),
                    shipments.getOrDefault(lot, List.of()));
        }).toList();
        return new Trace(described, edges);
    }

    /** The plant numbers its own finished lots FL-…: a forward trace starts at one without an edge into it. */
    private static boolean isOwnLot(Ref lot) {
        return lot.lot().startsWith("FL-");
    }
}
