package io.forgeline.execution.recall;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.forgeline.contracts.warehouse.v1.LotBalance;
import io.forgeline.execution.genealogy.Trace;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A recall report: the suspect lot (or serialised unit, {@code serial}, of {@code lot}), who supplied it, and every lot of
 * the forward trace (the suspect lot first, then what was made of it, nearest first) with where it is now, which orders
 * consumed it further and its affected serialised units.
 */
public record RecallReport(String itemCode, String lot, @JsonInclude(JsonInclude.Include.NON_NULL) String serial,
                           String supplierCode, Instant generatedAt, List<Affected> affected) {

    /**
     * A lot the suspect went into (or the suspect lot itself), made by {@code orderNumber} when the plant made it, with
     * the serial numbers of its units the trace reached (all units of a lot made of the suspect; empty for unserialised).
     */
    public record Affected(String itemCode, String lot, String kind, String orderNumber, List<Whereabouts> whereabouts,
                           List<String> consumedBy, List<String> serials) {
    }

    /**
     * Where some of a lot is: IN_STOCK in a bin (with its status and the hold keeping it blocked, on handling unit
     * {@code sscc} or loose), or SHIPPED on handling unit {@code sscc} of a delivery to a customer. Fields that do not
     * apply to the state are null.
     */
    public record Whereabouts(String state, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit,
                              String binCode, String status, String hold, String sscc, String customerCode, String customerName,
                              String deliveryNumber, Instant shippedAt) {

        static Whereabouts inStock(LotBalance balance) {
            return new Whereabouts("IN_STOCK", new BigDecimal(balance.getQuantity().getAmount()).stripTrailingZeros(),
                    balance.getQuantity().getUnit(), balance.getBin(), balance.getStatus(), emptyIsNull(balance.getHold()),
                    emptyIsNull(balance.getSscc()), null, null, null, null);
        }

        /** Some is there: warehouse may keep an emptied balance. */
        boolean held() {
            return quantity.signum() > 0;
        }

        static Whereabouts shipped(Trace.Shipment shipment) {
            return new Whereabouts("SHIPPED", shipment.quantity(), shipment.unit(), null, null, null, shipment.sscc(),
                    shipment.customerCode(), shipment.customerName(), shipment.deliveryNumber(), shipment.shippedAt());
        }
    }

    /** The report on a forward trace from the suspect lot, with what warehouse holds of each lot of it now. */
    static RecallReport of(Trace trace, Map<Trace.Ref, List<LotBalance>> stock, Instant generatedAt) {
        Trace.Node suspect = trace.nodes().getFirst();
        Map<Trace.Ref, List<String>> serials = trace.nodes().stream().filter(Trace.Node::namesUnit).filter(unit -> unit != suspect)
                .collect(Collectors.groupingBy(unit -> new Trace.Ref(unit.itemCode(), unit.lot()),
                        Collectors.mapping(Trace.Node::serial, Collectors.toList())));
        List<Affected> affected = new ArrayList<>();
        for (Trace.Node node : trace.nodes()) {
            if (node.namesUnit()) {
                continue; // listed with its lot
            }
            Trace.Ref lot = new Trace.Ref(node.itemCode(), node.lot());
            String madeBy = trace.edges().stream().filter(edge -> edge.to().equals(lot)).map(Trace.Edge::orderNumber).findFirst().orElse(null);
            List<String> consumedBy = trace.edges().stream().filter(edge -> edge.from().lotRef().equals(lot) && !edge.to().namesUnit())
                    .map(Trace.Edge::orderNumber).distinct().toList();
            List<Whereabouts> whereabouts = new ArrayList<>();
            stock.getOrDefault(lot, List.of()).stream().map(Whereabouts::inStock).filter(Whereabouts::held).forEach(whereabouts::add);
            node.shipments().stream().map(Whereabouts::shipped).forEach(whereabouts::add);
            affected.add(new Affected(node.itemCode(), node.lot(), node.kind(), madeBy, whereabouts, consumedBy,
                    serials.getOrDefault(lot, List.of())));
        }
        return new RecallReport(suspect.itemCode(), suspect.lot(), suspect.serial(), suspect.supplierCode(), generatedAt, affected);
    }

    private static String emptyIsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
