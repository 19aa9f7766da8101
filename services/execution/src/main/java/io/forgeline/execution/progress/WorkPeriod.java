package io.forgeline.execution.progress;

import io.forgeline.execution.dispatch.DispatchEntry;
import io.forgeline.execution.terminal.Acting;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stretch of one operator's work on an operation: opened when they start or resume it, closed when it is paused
 * (with the pause's reason) or completed. At most one is open per operation; labour minutes are summed from these.
 */
@Entity
@Table(name = "work_period")
public class WorkPeriod extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false)
    private UUID orderId;

    @Column(name = "operation_sequence", nullable = false)
    private int operationSequence;

    @Column(nullable = false)
    private String operator;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_terminal")
    private String startedTerminal;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_terminal")
    private String endedTerminal;

    @Column(name = "pause_reason_code")
    private String pauseReasonCode;

    protected WorkPeriod() {
    }

    /** The operator begins work on the operation. Call inside the action's transaction. */
    static Uni<Void> open(DispatchEntry operation, Acting who, Instant at) {
        WorkPeriod period = new WorkPeriod();
        period.id = UUID.randomUUID();
        period.orderId = operation.orderId();
        period.operationSequence = operation.operationSequence();
        period.operator = who.name();
        period.startedAt = at;
        period.startedTerminal = who.terminalOrNull();
        return period.persist().replaceWithVoid();
    }

    /** Work on the operation stops: paused for {@code pauseReason}, or (null) completed. Inside the action's transaction. */
    static Uni<Void> close(DispatchEntry operation, Acting who, Instant at, String pauseReason) {
        return update("endedAt = ?1, endedBy = ?2, endedTerminal = ?3, pauseReasonCode = ?4 "
                        + "where orderId = ?5 and operationSequence = ?6 and endedAt is null",
                at, who.name(), who.terminalOrNull(), pauseReason, operation.orderId(), operation.operationSequence())
                .replaceWithVoid();
    }

    /** The periods of an order's operations, oldest first. Call inside a session. */
    static Uni<List<WorkPeriod>> of(UUID orderId) {
        return list("orderId = ?1 order by startedAt, id", orderId);
    }

    int operationSequence() {
        return operationSequence;
    }

    Labour.Span span() {
        return new Labour.Span(operator, startedAt, endedAt);
    }
}
