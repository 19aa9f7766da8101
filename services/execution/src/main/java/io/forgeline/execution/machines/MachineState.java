package io.forgeline.execution.machines;

import io.forgeline.platform.problem.IllegalTransition;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The aggregate: one machine's status, who reported it and when. It refuses to break twice or be repaired while up;
 * its fields are private, so the status changes only through {@link #breakDown} and {@link #repair}.
 */
@Entity
@Table(name = "machine_state")
public class MachineState extends PanacheEntityBase {

    @Id
    @Column(name = "machine_code")
    private String machineCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MachineStatus status;

    /** Why it is down; empty once it is up again. */
    private String reason;

    @Column(name = "expected_up_at")
    private Instant expectedUpAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    protected MachineState() {
    }

    /** A machine nobody has reported yet: up, as far as the shop floor knows. */
    static MachineState firstReportOf(String machineCode) {
        MachineState state = new MachineState();
        state.machineCode = machineCode;
        state.status = MachineStatus.UP;
        return state;
    }

    void breakDown(String reason, Instant expectedUpAt, String actor, Instant now) {
        if (status == MachineStatus.DOWN) {
            throw new IllegalTransition("machine " + machineCode + " is already down since " + changedAt
                    + " (" + this.reason + "): report the repair first");
        }
        status = MachineStatus.DOWN;
        this.reason = reason;
        this.expectedUpAt = expectedUpAt;
        changedAt = now;
        changedBy = actor;
    }

    void repair(String actor, Instant now) {
        if (status == MachineStatus.UP) {
            throw new IllegalTransition("machine " + machineCode + " is not down: there is nothing to repair");
        }
        status = MachineStatus.UP;
        reason = null;
        expectedUpAt = null;
        changedAt = now;
        changedBy = actor;
    }

    boolean isDown() {
        return status == MachineStatus.DOWN;
    }

    String machineCode() {
        return machineCode;
    }

    MachineStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }

    Instant expectedUpAt() {
        return expectedUpAt;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }
}
