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
import java.util.UUID;

/** One operation of one production order, waiting at (or running on) its work center. */
@Entity
@Table(name = "dispatch_entry")
public class DispatchEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(name = "due_date", nullable = false)
    public Instant dueDate;

    @Column(name = "operation_sequence", nullable = false)
    public int operationSequence;

    @Column(name = "work_center_code", nullable = false)
    public String workCenterCode;

    @Column(nullable = false)
    public String description;

    @Column(name = "setup_minutes", nullable = false)
    public long setupMinutes;

    @Column(name = "run_minutes", nullable = false)
    public BigDecimal runMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OperationStatus status;

    @Column(name = "released_at", nullable = false)
    public Instant releasedAt;

    /** Where the published schedule placed it; once started, the machine it runs on. Null: not placed yet. */
    @Column(name = "machine_code")
    public String machineCode;

    @Column(name = "planned_setup_start")
    public Instant plannedSetupStart;

    @Column(name = "planned_start")
    public Instant plannedStart;

    @Column(name = "planned_end")
    public Instant plannedEnd;

    @Column(name = "schedule_id")
    public String scheduleId;

    /** When the schedule the plan came from was published: an older schedule never overwrites a newer one. */
    @Column(name = "plan_published_at")
    public Instant planPublishedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "good_quantity")
    public BigDecimal goodQuantity;

    @Version
    public long version;

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
        if (startedAt == null) {
            startedAt = now;
            startedBy = actor;
        }
    }

    public void complete(BigDecimal good, String actor, Instant now) {
        require(OperationStatus.DONE, "complete");
        status = OperationStatus.DONE;
        goodQuantity = good;
        completedAt = now;
        completedBy = actor;
    }

    /** "MO-000042 operation 20", as people say it. */
    public String label() {
        return orderNumber + " operation " + operationSequence;
    }

    private void require(OperationStatus next, String action) {
        if (!status.canBecome(next)) {
            throw new IllegalTransition(label() + " is " + status + " and cannot " + action + (switch (status) {
                case QUEUED -> ": start it first";
                case PAUSED -> ": start it again first";
                case RUNNING -> ": it is already running";
                case DONE -> ": it is done";
            }));
        }
    }
}
