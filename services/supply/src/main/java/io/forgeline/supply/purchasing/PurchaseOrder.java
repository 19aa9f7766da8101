package io.forgeline.supply.purchasing;

import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What we order from a supplier: lines, what the supplier committed to per line, and every change as a new
 * revision. The state machine lives here; the fields are private, so status, lines and what each step records
 * change only through its methods. Each method that changes the order moves it to the next revision; the caller
 * records that revision (see {@link PurchaseOrderRevision}).
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends PanacheEntityBase {

    @Id
    private UUID id;

    /** PO-000017. */
    @Column(nullable = false, unique = true)
    private String number;

    @Column(name = "supplier_code", nullable = false)
    private String supplierCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PurchaseOrderStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lines", nullable = false)
    private Lines document;

    /** The lines as one JSON object: Hibernate Reactive reads and writes a JSON column's root as an object. */
    record Lines(List<PurchaseOrderLine> lines) {
    }

    /** 1 when created, one more for every change the supplier should know of. */
    @Column(nullable = false)
    private int revision;

    @Column(name = "delivery_plant", nullable = false)
    private String deliveryPlant;

    /** The Monday of the week whose requisitions this order collects; null for a buyer's own order. */
    @Column(name = "collects_week")
    private LocalDate collectsWeek;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    /** When the supplier got it; null while a buyer's draft. */
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** When the last of the confirmed goods arrive at our dock; null until a line is confirmed. */
    @Column(name = "promised_date")
    private Instant promisedDate;

    /** How many times the supplier's commitments changed: 0 before the first, then 1, 2, ... (the ordering fact). */
    @Column(nullable = false)
    private int confirmations;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** When a production order a confirmed line was raised for was cancelled (the buyer decides what to do). */
    @Column(name = "demand_cancelled_at")
    private Instant demandCancelledAt;

    @Version
    private long version;

    protected PurchaseOrder() {
    }

    /** A new order, a buyer's draft until {@link #send}. */
    static PurchaseOrder draft(String number, String supplierCode, String deliveryPlant, List<PurchaseOrderLine> lines,
            LocalDate collectsWeek, String createdBy, Instant now) {
        PurchaseOrder order = new PurchaseOrder();
        order.id = UUID.randomUUID();
        order.number = number;
        order.supplierCode = supplierCode;
        order.deliveryPlant = deliveryPlant;
        order.document = new Lines(List.copyOf(lines));
        order.collectsWeek = collectsWeek;
        order.status = PurchaseOrderStatus.DRAFT;
        order.revision = 1;
        order.createdAt = now;
        order.createdBy = createdBy;
        order.changedAt = now;
        return order;
    }

    /** The supplier gets the order: from now on it reads it and every change. */
    void send(Instant now) {
        if (status != PurchaseOrderStatus.DRAFT) {
            throw new IllegalTransition("purchase order " + number + " is " + status + ", it was sent already");
        }
        sentAt = now;
        status = PurchaseOrderStatus.OPEN;
        changedAt = now;
    }

    boolean isSent() {
        return sentAt != null;
    }

    /**
     * The supplier answers line by line (lines it does not name stay as they are): deliveries that meet a line
     * confirm it, anything else is a counter-proposal for a buyer.
     *
     * @return the lines whose confirmed deliveries changed: each is a new confirmation to announce
     * @throws IllegalTransition when the order is a draft or past confirming (shipped, received, cancelled)
     * @throws RuleViolation when a line does not exist or is cancelled
     */
    List<PurchaseOrderLine> answer(Map<Integer, List<Delivery>> deliveriesByLine, ZoneId plantZone, Instant now) {
        requireAnswerable();
        List<PurchaseOrderLine> newlyConfirmed = new ArrayList<>();
        List<PurchaseOrderLine> after = new ArrayList<>();
        for (PurchaseOrderLine line : lines()) {
            List<Delivery> deliveries = deliveriesByLine.get(line.lineNumber());
            if (deliveries == null) {
                after.add(line);
                continue;
            }
            if (!line.active()) {
                throw new RuleViolation("lines", "line " + line.lineNumber() + " of " + number + " is cancelled");
            }
            PurchaseOrderLine answered = line.answered(deliveries);
            if (answered.status() == LineStatus.CONFIRMED && !answered.confirmed().equals(line.confirmed())) {
                newlyConfirmed.add(answered);
            }
            after.add(answered);
        }
        deliveriesByLine.keySet().stream().filter(n -> lines().stream().noneMatch(l -> l.lineNumber() == n)).findFirst()
                .ifPresent(n -> {
                    throw new RuleViolation("lines", "purchase order " + number + " has no line " + n);
                });
        if (after.equals(lines())) {
            return List.of();
        }
        setLines(after);
        if (!newlyConfirmed.isEmpty()) {
            confirmations++;
            confirmedAt = now;
        }
        settle(plantZone, now);
        return newlyConfirmed;
    }

    /** A buyer accepts the supplier's counter-proposal for a line: the line becomes it, confirmed. */
    PurchaseOrderLine acceptProposal(int lineNumber, ZoneId plantZone, Instant now) {
        PurchaseOrderLine accepted = withProposal(lineNumber).proposalAccepted();
        replace(lineNumber, line -> accepted);
        confirmations++;
        confirmedAt = now;
        revise(plantZone, now);
        return accepted;
    }

    /** A buyer rejects the counter-proposal: the line is as before it, and the supplier answers again. */
    PurchaseOrderLine rejectProposal(int lineNumber, ZoneId plantZone, Instant now) {
        PurchaseOrderLine rejected = withProposal(lineNumber).proposalRejected();
        replace(lineNumber, line -> rejected);
        revise(plantZone, now);
        return rejected;
    }

    /**
     * A buyer changes lines (quantity, requested date), cancels some, adds new ones. A changed line waits for the
     * supplier's answer again.
     *
     * @return whether anything changed
     */
    boolean change(List<PurchaseOrderLine> newLines, ZoneId plantZone, Instant now) {
        requireChangeable();
        if (newLines.equals(lines())) {
            return false;
        }
        setLines(newLines);
        if (isSent()) {
            revise(plantZone, now);
        } else {
            changedAt = now;
        }
        return true;
    }

    /** A requisition of this order's supplier and week joins it, on the line of its item or a new one. */
    void cover(Demand demand, String itemCode, String unit, UnaryOperator<BigDecimal> orderQuantity, LocalDate requestedDate,
            ZoneId plantZone, Instant now) {
        requireChangeable();
        List<PurchaseOrderLine> after = new ArrayList<>();
        boolean joined = false;
        for (PurchaseOrderLine line : lines()) {
            if (!joined && line.active() && line.itemCode().equals(itemCode) && line.unit().equals(unit)) {
                LocalDate earliest = requestedDate.isBefore(line.requestedDate()) ? requestedDate : line.requestedDate();
                after.add(line.covering(demand, orderQuantity.apply(line.demanded().add(demand.quantity())), earliest));
                joined = true;
            } else {
                after.add(line);
            }
        }
        if (!joined) {
            after.add(PurchaseOrderLine.open(nextLineNumber(), itemCode, orderQuantity.apply(demand.quantity()), unit, requestedDate,
                    List.of(demand)));
        }
        setLines(after);
        if (isSent()) {
            revise(plantZone, now);
        } else {
            changedAt = now;
        }
    }

    /** The line a requisition joined. */
    int lineOf(UUID requisitionId) {
        return lines().stream().filter(l -> l.demands().stream().anyMatch(d -> d.requisitionId().equals(requisitionId)))
                .mapToInt(PurchaseOrderLine::lineNumber).findFirst()
                .orElseThrow(() -> new IllegalStateException("requisition " + requisitionId + " is on no line of " + number));
    }

    /** A buyer (or the demand's end) cancels the whole order while nothing has shipped. */
    void cancel(Instant now) {
        if (!status.next().contains(PurchaseOrderStatus.CANCELLED)) {
            throw new IllegalTransition("purchase order " + number + " is " + status + " and can no longer be cancelled");
        }
        setLines(lines().stream().map(l -> l.active() ? l.cancelled() : l).toList());
        status = PurchaseOrderStatus.CANCELLED;
        cancelledAt = now;
        changedAt = now;
        if (isSent()) {
            revision++;
        }
    }

    /**
     * The production order behind some lines was cancelled. Lines nobody has committed to lose its requisitions (a
     * line left without any is cancelled, an order left without lines is cancelled whole); a confirmed line stays,
     * and the order records that its demand is gone: cancelling a commitment may cost money, a buyer decides.
     *
     * @return whether the supplier has a change to hear of
     */
    boolean demandCancelled(String productionOrderNumber, ZoneId plantZone, UnaryOperator<PurchaseOrderLine> requantify, Instant now) {
        if (status == PurchaseOrderStatus.SHIPPED || status == PurchaseOrderStatus.RECEIVED || status == PurchaseOrderStatus.CANCELLED) {
            return false;
        }
        List<PurchaseOrderLine> after = new ArrayList<>();
        for (PurchaseOrderLine line : lines()) {
            boolean covers = line.demands().stream().anyMatch(d -> productionOrderNumber.equals(d.productionOrderNumber()));
            if (!covers || !line.active()) {
                after.add(line);
            } else if (line.status() == LineStatus.CONFIRMED) {
                after.add(line);
                if (demandCancelledAt == null) {
                    demandCancelledAt = now;
                }
            } else {
                List<Demand> left = line.demands().stream().filter(d -> !productionOrderNumber.equals(d.productionOrderNumber())).toList();
                PurchaseOrderLine reduced = new PurchaseOrderLine(line.lineNumber(), line.itemCode(), line.quantity(), line.unit(),
                        line.requestedDate(), LineStatus.OPEN, line.confirmed(), List.of(), left);
                after.add(left.isEmpty() ? reduced.cancelled() : requantify.apply(reduced));
            }
        }
        if (after.equals(lines())) {
            return false;
        }
        setLines(after);
        if (lines().stream().noneMatch(PurchaseOrderLine::active)) {
            status = PurchaseOrderStatus.CANCELLED;
            cancelledAt = now;
            changedAt = now;
            if (isSent()) {
                revision++;
            }
            return isSent();
        }
        if (isSent()) {
            revise(plantZone, now);
            return true;
        }
        changedAt = now;
        return false;
    }

    /** The instant a plant day starts: what scheduling plans material arrivals with. */
    static Instant dockTime(LocalDate date, ZoneId plantZone) {
        return date.atStartOfDay(plantZone).toInstant();
    }

    private PurchaseOrderLine withProposal(int lineNumber) {
        requireAnswerable();
        PurchaseOrderLine line = line(lineNumber);
        if (line.status() != LineStatus.COUNTER_PROPOSED) {
            throw new IllegalTransition("line " + lineNumber + " of " + number + " is " + line.status() + ", not COUNTER_PROPOSED");
        }
        return line;
    }

    PurchaseOrderLine line(int lineNumber) {
        return lines().stream().filter(l -> l.lineNumber() == lineNumber).findFirst()
                .orElseThrow(() -> new NotFound("line", lineNumber + " of purchase order " + number));
    }

    private void replace(int lineNumber, UnaryOperator<PurchaseOrderLine> change) {
        setLines(lines().stream().map(l -> l.lineNumber() == lineNumber ? change.apply(l) : l).toList());
    }

    private int nextLineNumber() {
        return lines().stream().mapToInt(PurchaseOrderLine::lineNumber).max().orElse(0) + 1;
    }

    private void requireAnswerable() {
        if (status == PurchaseOrderStatus.DRAFT) {
            throw new IllegalTransition("purchase order " + number + " has not been sent");
        }
        if (!status.next().contains(PurchaseOrderStatus.CONFIRMED)) {
            throw new IllegalTransition("purchase order " + number + " is " + status + " and can no longer be confirmed");
        }
    }

    void requireChangeable() {
        if (!status.next().contains(PurchaseOrderStatus.CANCELLED)) {
            throw new IllegalTransition("purchase order " + number + " is " + status + " and can no longer be changed");
        }
    }

    /** The next revision: something the supplier should know of changed. */
    private void revise(ZoneId plantZone, Instant now) {
        revision++;
        settle(plantZone, now);
    }

    /** Status and promised date follow the lines. */
    private void settle(ZoneId plantZone, Instant now) {
        changedAt = now;
        List<PurchaseOrderLine> active = lines().stream().filter(PurchaseOrderLine::active).toList();
        if (status != PurchaseOrderStatus.DRAFT) {
            if (active.isEmpty()) {
                status = PurchaseOrderStatus.CANCELLED;
                cancelledAt = now;
            } else if (active.stream().anyMatch(l -> l.status() == LineStatus.COUNTER_PROPOSED)) {
                status = PurchaseOrderStatus.COUNTER_PROPOSED;
            } else if (active.stream().allMatch(l -> l.status() == LineStatus.CONFIRMED)) {
                status = PurchaseOrderStatus.CONFIRMED;
            } else {
                status = PurchaseOrderStatus.OPEN;
            }
        }
        promisedDate = active.stream().map(PurchaseOrderLine::lastConfirmedDelivery).filter(Objects::nonNull)
                .max(LocalDate::compareTo).map(d -> dockTime(d, plantZone)).orElse(null);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String supplierCode() {
        return supplierCode;
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public List<PurchaseOrderLine> lines() {
        return document.lines();
    }

    private void setLines(List<PurchaseOrderLine> lines) {
        document = new Lines(List.copyOf(lines));
    }

    public int revision() {
        return revision;
    }

    public String deliveryPlant() {
        return deliveryPlant;
    }

    public LocalDate collectsWeek() {
        return collectsWeek;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Instant promisedDate() {
        return promisedDate;
    }

    public int confirmations() {
        return confirmations;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Instant demandCancelledAt() {
        return demandCancelledAt;
    }
}
