package io.forgeline.execution.genealogy;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.required;

import com.fasterxml.jackson.annotation.JsonFormat;
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
 * A trace as the contract shapes it: the lots ({@code nodes}) and what went into what ({@code edges}), to any depth.
 * Each lot says where it came from and which inspections decided it.
 */
public record Trace(List<Node> nodes, List<Edge> edges) {

    /**
     * A lot: PRODUCED by the plant, RECEIVED from {@code supplierCode} at the dock, or STOCK when it came into stock
     * otherwise (an opening balance); with the inspection lots whose usage decisions decided it and the shipments that
     * took some of it to customers.
     */
    public record Node(String itemCode, String lot, String kind, String supplierCode, List<Inspection> inspections,
                       List<Shipment> shipments) {

        Ref ref() {
            return new Ref(itemCode, lot);
        }
    }

    /** An inspection lot's usage decision on a lot: which, what it did, who signed it when. */
    public record Inspection(String inspectionLotNumber, String actions, Instant decidedAt, String decidedBy) {
    }

    /** Some of a lot left the plant: on which handling unit of which delivery, to which customer, how much, when. */
    public record Shipment(String deliveryNumber, String customerCode, String customerName, String sscc,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit, Instant shippedAt) {
    }

    public record Ref(String itemCode, String lot) {

        /** The lot a question names, or null with the refusals added: each is required and a code's length at most. */
        public static Ref asked(String itemCode, String lot, List<FieldError> errors) {
            String item = required(itemCode, CODE, "itemCode", errors);
            String number = required(lot, CODE, "lot", errors);
            return item == null || number == null ? null : new Ref(item, number);
        }
    }

    /** Some of {@code from} went into {@code to}: by which order's operation, how much, scanned by whom and when. */
    public record Edge(Ref from, Ref to, String orderNumber, int operationSequence,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit, Instant consumedAt,
                       String consumedBy) {
    }

    /**
     * The trace from {@code start} over these edges, lots nearest the start first (breadth first, each level in the
     * order the edges were linked), whichever way the trace went.
     */
    static Trace of(Ref start, List<GenealogyEdge> found, boolean backward) {
        List<Edge> edges = new ArrayList<>();
        Set<Ref> produced = new HashSet<>();
        Map<Ref, List<Ref>> next = new HashMap<>();
        for (GenealogyEdge e : found) {
            Edge edge = new Edge(new Ref(e.fromItem, e.fromLot), new Ref(e.toItem, e.toLot), e.orderNumber, e.operationSequence,
                    e.quantity.stripTrailingZeros(), e.unit, e.consumedAt, e.consumedBy);
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
                .map(lot -> new Node(lot.itemCode(), lot.lot(), produced.contains(lot) || isOwnLot(lot) ? "PRODUCED" : "STOCK", null, List.of(),
                        List.of()))
                .toList();
        return new Trace(nodes, edges);
    }

    /** The same trace with each lot's supplier (a received lot), the inspections that decided it and its shipments. */
    Trace with(Map<Ref, String> suppliers, Map<Ref, List<Inspection>> inspections, Map<Ref, List<Shipment>> shipments) {
        List<Node> described = nodes.stream().map(node -> {
            String supplier = suppliers.get(node.ref());
            String kind = node.kind().equals("PRODUCED") || supplier == null ? node.kind() : "RECEIVED";
            return new Node(node.itemCode(), node.lot(), kind, supplier, inspections.getOrDefault(node.ref(), List.of()),
                    shipments.getOrDefault(node.ref(), List.of()));
        }).toList();
        return new Trace(described, edges);
    }

    /** The plant numbers its own finished lots FL-…: a forward trace starts at one without an edge into it. */
    private static boolean isOwnLot(Ref lot) {
        return lot.lot().startsWith("FL-");
    }
}
