package io.forgeline.execution.downtime;

import io.forgeline.execution.signals.MachineRunState;
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
import java.util.UUID;

/**
 * One stop of a machine, from its state becoming DOWN until a known state other than DOWN follows. The operator
 * classifies it with a reason; its fields change only through {@link #end}, {@link #classify} and the breakdown marks.
 */
@Entity
@Table(name = "downtime")
public class Downtime extends PanacheEntityBase {

    /** Where the downtime stands on the breakdown path (see {@link BreakdownPath}). */
    public enum Breakdown {
        /** not reported as a breakdown (yet) */
        NONE,
        /** the signals reported the machine broken down */
        REPORTED,
        /** and repaired it when it ran again */
        REPAIRED,
        /** a person had reported or repaired the machine: theirs to handle, the signals keep out */
        LEFT
    }

    /** What a change of a machine's live state does to its downtime. */
    public enum Step { OPEN, END, NOTHING }

    @Id
    private UUID id;

    @Column(name = "machine_code", nullable = false)
    private String machineCode;

    @Column(name = "work_center_code", nullable = false)
    private String workCenterCode;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "stop_code")
    private String stopCode;

    @Column(name = "reason_code")
    private String reasonCode;

    @Column(name = "classified_at")
    private Instant classifiedAt;

    @Column(name = "classified_by")
    private String classifiedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Breakdown breakdown;

    @Version
    private long version;

    protected Downtime() {
    }

    /**
     * The rule: DOWN opens a downtime unless one is open (a machine back from silence still down); a known state
     * other than DOWN ends the open one; UNKNOWN (silence) changes nothing: a machine switched off for its repair is
     * still down.
     */
    public static Step after(boolean open, MachineRunState state) {
        return switch (state) {
            case DOWN -> open ? Step.NOTHING : Step.OPEN;
            case UNKNOWN -> Step.NOTHING;
            case RUNNING, IDLE, SETUP -> open ? Step.END : Step.NOTHING;
        };
    }

    static Downtime open(String machineCode, String workCenterCode, Instant at, String stopCode) {
        Downtime downtime = new Downtime();
        downtime.id = UUID.randomUUID();
        downtime.machineCode = machineCode;
        downtime.workCenterCode = workCenterCode;
        downtime.startedAt = at;
        downtime.stopCode = stopCode;
        downtime.breakdown = Breakdown.NONE;
        return downtime;
    }

    void end(Instant at) {
        if (endedAt != null) {
            throw new IllegalTransition("downtime of " + machineCode + " since " + startedAt + " ended already at " + endedAt);
        }
        // a reading out of order cannot end a stop before it began
        endedAt = at.isBefore(startedAt) ? startedAt : at;
    }

    /** The operator's reason; a later classification replaces an earlier one (the last word counts). */
    void classify(String reasonCode, String actor, Instant now) {
        this.reasonCode = reasonCode;
        classifiedBy = actor;
        classifiedAt = now;
    }

    /** How long it lasted inside [from, to), open ones until {@code now}. */
    public Duration within(Instant from, Instant to, Instant now) {
        Instant start = startedAt.isAfter(from) ? startedAt : from;
        Instant end = endedAt == null ? now : endedAt;
        end = end.isBefore(to) ? end : to;
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    public UUID id() { return id; }
    public String machineCode() { return machineCode; }
    public String workCenterCode() { return workCenterCode; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public String stopCode() { return stopCode; }
    public String reasonCode() { return reasonCode; }
    public Instant classifiedAt() { return classifiedAt; }
    public String classifiedBy() { return classifiedBy; }
    public Breakdown breakdown() { return breakdown; }
    public boolean isOpen() { return endedAt == null; }
}
