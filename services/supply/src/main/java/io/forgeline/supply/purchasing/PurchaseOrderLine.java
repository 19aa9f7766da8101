package io.forgeline.supply.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a purchase order: the item, how much, by when, what the supplier committed to ({@code confirmed}),
 * what it proposes instead while a buyer decides ({@code proposed}) and the requisitions the line covers. A value:
 * every change makes a new line, so an order's revisions keep the lines as they were.
 */
public record PurchaseOrderLine(int lineNumber, String itemCode, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                                String unit, LocalDate requestedDate, LineStatus status, List<Delivery> confirmed,
                                List<Delivery> proposed, List<Demand> demands) {

    public PurchaseOrderLine {
        confirmed = List.copyOf(confirmed == null ? List.of() : confirmed);
        proposed = List.copyOf(proposed == null ? List.of() : proposed);
        demands = List.copyOf(demands == null ? List.of() : demands);
    }

    static PurchaseOrderLine open(int lineNumber, String itemCode, BigDecimal quantity, String unit, LocalDate requestedDate,
            List<Demand> demands) {
        return new PurchaseOrderLine(lineNumber, itemCode, quantity, unit, requestedDate, LineStatus.OPEN, List.of(), List.of(), demands);
    }

    boolean active() {
        return status != LineStatus.CANCELLED;
    }

    /**
     * Whether these deliveries give what the line asks: the whole quantity, none of it later than requested. Early is
     * fine (the dock takes it); less, more or later is something a buyer has to agree to.
     */
    boolean isMetBy(List<Delivery> deliveries) {
        BigDecimal total = deliveries.stream().map(Delivery::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.compareTo(quantity) == 0 && deliveries.stream().noneMatch(d -> d.date().isAfter(requestedDate));
    }

    /**
     * The supplier's answer: deliveries that meet the line confirm it, anything else waits for a buyer as a
     * counter-proposal. The answer already given changes nothing.
     */
    PurchaseOrderLine answered(List<Delivery> deliveries) {
        List<Delivery> sorted = inDateOrder(deliveries);
        if (isMetBy(sorted)) {
            return status == LineStatus.CONFIRMED && confirmed.equals(sorted) ? this
                    : new PurchaseOrderLine(lineNumber, itemCode, quantity, unit, requestedDate, LineStatus.CONFIRMED, sorted, List.of(), demands);
        }
        return status == LineStatus.COUNTER_PROPOSED && proposed.equals(sorted) ? this
                : new PurchaseOrderLine(lineNumber, itemCode, quantity, unit, requestedDate, LineStatus.COUNTER_PROPOSED, confirmed, sorted, demands);
    }

    /** The buyer agrees: the line becomes what the supplier proposed (its quantity the proposal's total). */
    PurchaseOrderLine proposalAccepted() {
        BigDecimal total = proposed.stream().map(Delivery::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PurchaseOrderLine(lineNumber, itemCode, total, unit, requestedDate, LineStatus.CONFIRMED, proposed, List.of(), demands);
    }

    /** The buyer refuses: the line stands as it was before the proposal, and the supplier answers again. */
    PurchaseOrderLine proposalRejected() {
        return new PurchaseOrderLine(lineNumber, itemCode, quantity, unit, requestedDate,
                confirmed.isEmpty() ? LineStatus.OPEN : LineStatus.CONFIRMED, confirmed, List.of(), demands);
    }

    /** A buyer's change: a new quantity or date voids what the supplier said about the old one. */
    PurchaseOrderLine changed(BigDecimal newQuantity, LocalDate newRequestedDate) {
        if (newQuantity.compareTo(quantity) == 0 && newRequestedDate.equals(requestedDate)) {
            return this;
        }
        return new PurchaseOrderLine(lineNumber, itemCode, newQuantity, unit, newRequestedDate, LineStatus.OPEN, List.of(), List.of(), demands);
    }

    /** Another requisition joins the line: it covers more, so the supplier answers again. */
    PurchaseOrderLine covering(Demand demand, BigDecimal newQuantity, LocalDate newRequestedDate) {
        List<Demand> more = new ArrayList<>(demands);
        more.add(demand);
        return new PurchaseOrderLine(lineNumber, itemCode, newQuantity, unit, newRequestedDate, LineStatus.OPEN, List.of(), List.of(), more);
    }

    PurchaseOrderLine cancelled() {
        return new PurchaseOrderLine(lineNumber, itemCode, quantity, unit, requestedDate, LineStatus.CANCELLED, confirmed, List.of(), demands);
    }

    BigDecimal demanded() {
        return demands.stream().map(Demand::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    LocalDate lastConfirmedDelivery() {
        return confirmed.isEmpty() ? null : confirmed.getLast().date();
    }

    private static List<Delivery> inDateOrder(List<Delivery> deliveries) {
        return deliveries.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
    }
}
