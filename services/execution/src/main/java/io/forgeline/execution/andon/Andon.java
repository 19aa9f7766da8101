package io.forgeline.execution.andon;

import io.forgeline.execution.terminal.Acting;
import io.forgeline.platform.problem.IllegalTransition;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The aggregate: one andon, OPEN → ACKNOWLEDGED → RESOLVED (or OPEN → RESOLVED), with the escalation level it reached
 * while nobody acknowledged it. Its fields are private; each transition refuses what its state does not allow and
 * returns the {@link AndonStep} the audit trail keeps.
 */
@Entity
@Table(name = "andon")
public class Andon extends PanacheEntityBase {

    /** Who an escalation by time is done by, in the steps and events. */
    static final String BY_THE_CLOCK = "escalation";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AndonKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AndonState state;

    @Column(name = "work_center_code", nullable = false)
    private String workCenterCode;

    @Column(name = "machine_code")
    private String machineCode;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false)
    private String raisedBy;

    @Column(name = "raised_terminal")
    private String raisedTerminal;

    @Column(name = "raise_note")
    private String raiseNote;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledge_note")
    private String acknowledgeNote;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolve_note")
    private String resolveNote;

    @Column(nullable = false)
    private int level;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "next_escalation_at")
    private Instant nextEscalationAt;

    @Column(nullable = false)
    private int steps;

    @Version
    private long version;

    protected Andon() {
    }

    /** A new OPEN andon and its first step; {@code firstRole} is who the raise calls (the ladder's first rung). */
    static Raised raise(AndonKind kind, String workCenterCode, String machineCode, String note, EscalationLadder ladder,
            Acting acting, Instant now) {
        Andon andon = new Andon();
        andon.id = UUID.randomUUID();
        andon.kind = kind;
        andon.state = AndonState.OPEN;
        andon.workCenterCode = workCenterCode;
        andon.machineCode = machineCode;
        andon.raiseNote = note;
        andon.raisedAt = now;
        andon.raisedBy = acting.name();
        andon.raisedTerminal = acting.terminalOrNull();
        andon.nextEscalationAt = ladder.firstAfter().map(now::plus).orElse(null);
        return new Raised(andon, andon.step(AndonStep.Kind.RAISED, now, acting.name(), acting.terminalOrNull(), note,
                ladder.firstRole().orElse(null)));
    }

    record Raised(Andon andon, AndonStep step) {
    }

    AndonStep acknowledge(String note, Acting acting, Instant now) {
        if (state != AndonState.OPEN) {
            throw new IllegalTransition("andon " + id + " is " + state + (state == AndonState.ACKNOWLEDGED
                    ? " by " + acknowledgedBy + " since " + acknowledgedAt + ": resolve it" : ": there is nothing to acknowledge"));
        }
        state = AndonState.ACKNOWLEDGED;
        nextEscalationAt = null;
        acknowledgedAt = now;
        acknowledgedBy = acting.name();
        acknowledgeNote = note;
        return step(AndonStep.Kind.ACKNOWLEDGED, now, acting.name(), acting.terminalOrNull(), note, null);
    }

    AndonStep resolve(String note, Acting acting, Instant now) {
        if (state == AndonState.RESOLVED) {
            throw new IllegalTransition("andon " + id + " was already resolved by " + resolvedBy + " at " + resolvedAt);
        }
        state = AndonState.RESOLVED;
        nextEscalationAt = null;
        resolvedAt = now;
        resolvedBy = acting.name();
        resolveNote = note;
        return step(AndonStep.Kind.RESOLVED, now, acting.name(), acting.terminalOrNull(), note, null);
    }

    /**
     * Passes the next rung of the ladder, if its time has come: one level per call, so an andon that missed two rungs
     * (the check was away) passes each once, in order. Empty when nothing is due.
     */
    Optional<AndonStep> escalate(EscalationLadder ladder, Instant now) {
        if (state != AndonState.OPEN || level >= ladder.levelDue(age(now))) {
            return Optional.empty();
        }
        level++;
        escalatedAt = now;
        nextEscalationAt = level < ladder.rungs().size() ? raisedAt.plus(ladder.rung(level + 1).after()) : null;
        return Optional.of(step(AndonStep.Kind.ESCALATED, now, BY_THE_CLOCK, null, null, ladder.rung(level).role()));
    }

    private AndonStep step(AndonStep.Kind step, Instant at, String by, String terminal, String note, String role) {
        steps++;
        return AndonStep.of(id, steps, step, at, by, terminal, note, level, role);
    }

    /** How long the andon has been (or was, once resolved) open. */
    public Duration age(Instant now) {
        Instant end = resolvedAt != null ? resolvedAt : now;
        return Duration.between(raisedAt, end).isNegative() ? Duration.ZERO : Duration.between(raisedAt, end);
    }

    public UUID id() {
        return id;
    }

    public AndonKind kind() {
        return kind;
    }

    public AndonState state() {
        return state;
    }

    public String workCenterCode() {
        return workCenterCode;
    }

    public String machineCode() {
        return machineCode;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant nextEscalationAt() {
        return nextEscalationAt;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public String raiseNote() {
        return raiseNote;
    }

    public int level() {
        return level;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }
}
