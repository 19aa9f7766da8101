package io.forgeline.execution.dispatch;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A plan for an operation of an order execution has not heard of yet: schedules and released orders
 * travel on different topics, so the schedule can overtake the order. Applied and deleted when the order arrives.
 */
@Entity
@Table(name = "pending_plan")
public class PendingPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "operation_sequence", nullable = false)
    public int operationSequence;

    @Column(name = "machine_code", nullable = false)
    public String machineCode;

    @Column(name = "planned_setup_start", nullable = false)
    public Instant plannedSetupStart;

    @Column(name = "planned_start", nullable = false)
    public Instant plannedStart;

    @Column(name = "planned_end", nullable = false)
    public Instant plannedEnd;

    @Column(name = "schedule_id", nullable = false)
    public String scheduleId;

    @Column(name = "plan_published_at", nullable = false)
    public Instant publishedAt;

    static PendingPlan of(UUID orderId, int sequence, OperationPlan plan) {
        PendingPlan pending = new PendingPlan();
        pending.id = UUID.randomUUID();
        pending.orderId = orderId;
        pending.operationSequence = sequence;
        pending.replaceWith(plan);
        return pending;
    }

    void replaceWith(OperationPlan plan) {
        machineCode = plan.machineCode();
        plannedSetupStart = plan.setupStart();
        plannedStart = plan.start();
        plannedEnd = plan.end();
        scheduleId = plan.scheduleId();
        publishedAt = plan.publishedAt();
    }

    OperationPlan plan() {
        return new OperationPlan(machineCode, plannedSetupStart, plannedStart, plannedEnd, scheduleId, publishedAt);
    }
}
