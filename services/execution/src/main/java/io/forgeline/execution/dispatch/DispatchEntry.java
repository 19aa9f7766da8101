package io.forgeline.execution.dispatch;

import io.forgeline.platform.problem.IllegalTransition;
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
import java.util.Optional;
import java.util.UUID;

/**
 * One operation of one production order, waiting at (or running on) its work center. Its fields are private:
 * the status, and what each step records (machine, who, when, good quantity), change only through the
 * transition methods, so no caller can skip one. Hibernate reads and writes the fields directly.
 */
@Entity
@Table(name = "dispatch_entry")
public class DispatchEntry extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false)
    private UUID orderId;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(nullable = false)
    private String unit;

    @Column(name = "due_date", nullable = false)
    private Instant dueDate;

    @Column(name = "operation_sequence", nullable = false)
    private int operationSequence;

    @Column(name = "work_center_code", nullable = false)
    private String workCenterCode;

    @Column(nullable = false)
    private String description;

    @Column(name = "setup_minutes", nullable = false)
    private long setupMinutes;

    @Column(name = "run_minutes", nullable = false)
    private BigDecimal runMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OperationStatus status;

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    /** Where the published schedule placed it; once started, the machine it runs on. Null: not placed yet. */
    @Column(name = "machine_code")
    private String machineCode;

    @Column(name = "planned_setup_start")
    private Instant plannedSetupStart;

    @Column(name = "planned_start")
    private Instant plannedStart;

    @Column(name = "planned_end")
    private Instant plannedEnd;

    @Column(name = "schedule_id")
    private String scheduleId;

    /** When the schedule the plan came from was published: an older schedule never overwrites a newer one. */
    @Column(name = "plan_published_at")
    private Instant planPublishedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    /** Totals of what was reported (partial reports and the completion); null until the first report. */
    @Column(name = "good_quantity")
    private BigDecimal goodQuantity;

    @Column(name = "scrap_quantity")
    private BigDecimal scrapQuantity;

    @Column(name = "rework_quantity")
    private BigDecimal reworkQuantity;

    /** Why a PAUSED operation stands; null in any other status. */
    @Column(name = "pause_reason_code")
    private String pauseReasonCode;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** The finished lot its completion reported (the order's last operation only). */
    @Column(name = "output_lot")
    private String outputLot;

    @Version
    private long version;

    protected DispatchEntry() {
    }

    /** A released order's operation, waiting at its work center: the only way an entry comes to be. */
    public static DispatchEntry queued(UUID orderId, String orderNumber, String itemCode, BigDecimal quantity, String unit, Instant dueDate,
            int operationSequence, String workCenterCode, String description, long setupMinutes, BigDecimal runMinutes,
            Instant releasedAt) {
        DispatchEntry entry = new DispatchEntry();
        entry.id = UUID.randomUUID();
        entry.orderId = orderId;
        entry.orderNumber = orderNumber;
        entry.itemCode = itemCode;
        entry.quantity = quantity;
        entry.unit = unit;
        entry.dueDate = dueDate;
        entry.operationSequence = operationSequence;
        entry.workCenterCode = workCenterCode;
        entry.description = description;
        entry.setupMinutes = setupMinutes;
        entry.runMinutes = runMinutes;
        entry.status = OperationStatus.QUEUED;
        entry.releasedAt = releasedAt;
        return entry;
    }

    /**
     * Takes a published schedule's plan unless a later publication already planned it. An operation that
     * has started keeps the machine it runs on: a plan cannot move work that is under way.
     *
     * @return whether the plan was taken
     */
    public boolean plan(OperationPlan plan) {
        if (!plan.supersedes(planPublishedAt)) {
            return false;
        }
        if (!status.hasStarted() || machineCode == null) {
            machineCode = plan.machineCode();
        }
        plannedSetupStart = plan.setupStart();
        plannedStart = plan.start();
        plannedEnd = plan.end();
        scheduleId = plan.scheduleId();
        planPublishedAt = plan.publishedAt();
        return true;
    }

    /** Refuses (409) unless the operation may be started now; the other checks need this answer first. */
    public void requireStartable() {
        require(OperationStatus.RUNNING, "start");
    }

    /**
     * Starts (or resumes) the operation on {@code machine} (null: the operator did not say and no schedule
     * placed it). The first start is the one the audit trail keeps.
     */
    public void start(String machine, String actor, Instant now) {
        requireStartable();
        status = OperationStatus.RUNNING;
        machineCode = machine;
        pauseReasonCode = null;
        if (startedAt == null) {
            startedAt = now;
            startedBy = actor;
        }
    }

    /** Refuses (409) material for an operation that is not under way: consumed material belongs to work begun. */
    public void requireConsuming() {
        requireUnderWay("consume material");
    }

    /** Refuses (409) an action that needs the operation under way (RUNNING or PAUSED). */
    public void requireUnderWay(String action) {
        if (status != OperationStatus.RUNNING && status != OperationStatus.PAUSED) {
            throw new IllegalTransition(label() + " is " + status + " and cannot " + action + (switch (status) {
                case QUEUED -> ": start it first";
                case DONE -> ": it is done";
                case CANCELLED -> ": production order " + orderNumber + " was cancelled";
                default -> "";
            }));
        }
    }

    /** Refuses (409) unless the operation runs: only running work can be paused. */
    public void requirePausable() {
        require(OperationStatus.PAUSED, "pause");
    }

    /** The operator interrupts a running operation for a PAUSE reason; {@link #resume} (or {@link #start}) goes on. */
    public void pause(String reasonCode) {
        requirePausable();
        status = OperationStatus.PAUSED;
        pauseReasonCode = reasonCode;
    }

    /** A paused operation runs again on its machine; anything else is refused (409). */
    public void resume() {
        if (status != OperationStatus.PAUSED) {
            throw new IllegalTransition(label() + " is " + status + " and cannot resume: only a paused operation resumes"
                    + (status == OperationStatus.CANCELLED ? " (production order " + orderNumber + " was cancelled)" : ""));
        }
        status = OperationStatus.RUNNING;
        pauseReasonCode = null;
    }

    /** A partial report on an operation under way: its pieces add to the totals. */
    public void report(Quantities pieces) {
        requireUnderWay("report quantities");
        add(pieces);
    }

    /** Refuses (409) unless the operation runs: only running work is completed. */
    public void requireCompletable() {
        require(OperationStatus.DONE, "complete");
    }

    /** Completes a running operation; the completion's own pieces add to what was reported before. */
    public void complete(Quantities pieces, String actor, Instant now) {
        requireCompletable();
        add(pieces);
        status = OperationStatus.DONE;
        completedAt = now;
        completedBy = actor;
    }

    /**
     * Its production order was cancelled: the operation leaves the dispatch list. Work already done stays done;
     * a running one is cancelled too (it keeps who started it where) and can no longer be completed.
     *
     * @return the status it left, empty when it was done or cancelled already
     */
    Optional<OperationStatus> cancel(Instant at) {
        if (!status.canBecome(OperationStatus.CANCELLED)) {
            return Optional.empty();
        }
        OperationStatus left = status;
        status = OperationStatus.CANCELLED;
        pauseReasonCode = null;
        cancelledAt = at;
        return Optional.of(left);
    }

    private void add(Quantities pieces) {
        Quantities total = reported().orElse(Quantities.NONE).plus(pieces);
        goodQuantity = total.good();
        scrapQuantity = total.scrap();
        reworkQuantity = total.rework();
    }

    /** "MO-000042 operation 20", as people say it. */
    public String label() {
        return orderNumber + " operation " + operationSequence;
    }

    private void require(OperationStatus next, String action) {
        if (!status.canBecome(next)) {
            throw new IllegalTransition(label() + " is " + status + " and cannot " + action + (switch (status) {
                case QUEUED -> ": start it first";
                case PAUSED -> ": resume it first";
                case RUNNING -> ": it is already running";
                case DONE -> ": it is done";
                case CANCELLED -> ": production order " + orderNumber + " was cancelled";
            }));
        }
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String itemCode() {
        return itemCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public Instant dueDate() {
        return dueDate;
    }

    public int operationSequence() {
        return operationSequence;
    }

    public String workCenterCode() {
        return workCenterCode;
    }

    public String description() {
        return description;
    }

    public long setupMinutes() {
        return setupMinutes;
    }

    public BigDecimal runMinutes() {
        return runMinutes;
    }

    public OperationStatus status() {
        return status;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String machineCode() {
        return machineCode;
    }

    public Instant plannedSetupStart() {
        return plannedSetupStart;
    }

    public Instant plannedStart() {
        return plannedStart;
    }

    public Instant plannedEnd() {
        return plannedEnd;
    }

    public String scheduleId() {
        return scheduleId;
    }

    public Instant planPublishedAt() {
        return planPublishedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String completedBy() {
        return completedBy;
    }

    /** Completing the order's last operation produced this finished lot. */
    public void produced(String lot) {
        outputLot = lot;
    }

    public String outputLot() {
        return outputLot;
    }

    public BigDecimal goodQuantity() {
        return goodQuantity;
    }

    public BigDecimal scrapQuantity() {
        return scrapQuantity;
    }

    public BigDecimal reworkQuantity() {
        return reworkQuantity;
    }

    /** The totals reported so far; empty before the first report. */
    public Optional<Quantities> reported() {
        return goodQuantity == null ? Optional.empty() : Optional.of(new Quantities(goodQuantity, scrapQuantity, reworkQuantity));
    }

    public String pauseReasonCode() {
        return pauseReasonCode;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
