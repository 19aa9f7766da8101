package io.forgeline.scheduling.schedules;

import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.scheduling.planning.Objectives;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A schedule from request to publication; its operations are {@link ScheduleLine}s. Its fields are private: the
 * status and what each step records change only through the transition methods.
 */
@Entity
@Table(name = "schedule")
public class ProductionSchedule extends PanacheEntityBase {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScheduleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScheduleStatus status;

    @Column(name = "publish_when_solved", nullable = false)
    private boolean publishWhenSolved;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    private Instant origin;

    @Column(name = "time_limit_seconds", nullable = false)
    private int timeLimitSeconds;

    @Column(nullable = false)
    private long seed;

    @Column(name = "simulated_machine")
    private String simulatedMachine;

    @Column(name = "simulated_from")
    private Instant simulatedFrom;

    @Column(name = "simulated_until")
    private Instant simulatedUntil;

    @Column(name = "broken_rules")
    private Long brokenRules;

    private Long instability;

    @Column(name = "weighted_tardiness")
    private Long weightedTardiness;

    @Column(name = "makespan_minutes")
    private Long makespanMinutes;

    @Column(name = "setup_minutes")
    private Long setupMinutes;

    @Column(name = "problem_order")
    private String problemOrder;

    @Column(name = "problem_operation")
    private String problemOperation;

    @Column(name = "problem_detail")
    private String problemDetail;

    @Column(name = "solved_at")
    private Instant solvedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The replica solving it (or that solved it): host and process. */
    private String solver;

    /** Until when the solver has promised to be alive; it renews this while it solves. */
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "stop_requested", nullable = false)
    private boolean stopRequested;

    @Version
    private long version;

    static ProductionSchedule requested(ScheduleKind kind, int timeLimitSeconds, long seed, boolean publish, String by, Instant now) {
        ProductionSchedule s = new ProductionSchedule();
        s.id = UUID.randomUUID();
        s.kind = kind;
        s.status = ScheduleStatus.REQUESTED;
        s.timeLimitSeconds = timeLimitSeconds;
        s.seed = seed;
        s.publishWhenSolved = publish;
        s.createdBy = by;
        s.createdAt = now;
        return s;
    }

    ProductionSchedule simulating(String machine, Instant from, Instant until) {
        simulatedMachine = machine;
        simulatedFrom = from;
        simulatedUntil = until;
        return this;
    }

    /** Claimed by a replica, which holds it until {@code leaseUntil} unless it renews. */
    void solving(Instant origin, String solver, Instant leaseUntil) {
        moveTo(ScheduleStatus.SOLVING);
        this.origin = origin;
        this.solver = solver;
        this.leaseUntil = leaseUntil;
    }

    /** Whether the replica solving it has stopped renewing its lease: it is gone, and the solve with it. */
    boolean orphanedAt(Instant now) {
        return status == ScheduleStatus.SOLVING && (leaseUntil == null || leaseUntil.isBefore(now));
    }

    /**
     * The planner wants it stopped: a solve stops with the best schedule so far, a waiting one right after
     * its first. Nothing to stop once it is solved. One statement on the flag alone, not a versioned write of
     * the whole schedule: a stop pressed while the solving replica claims it or stores its result must win
     * neither race nor lose it (a stale writer may put the flag back, but the replica has had the stop signal
     * by then).
     */
    static Uni<Void> requestStop(UUID id) {
        return update("stopRequested = true where id = ?1 and status in ?2", id,
                List.of(ScheduleStatus.REQUESTED, ScheduleStatus.SOLVING)).replaceWithVoid();
    }

    void solved(Objectives objectives, Instant at) {
        moveTo(ScheduleStatus.SOLVED);
        leaseUntil = null;
        brokenRules = objectives.brokenRules();
        instability = objectives.instability();
        weightedTardiness = objectives.weightedTardiness();
        makespanMinutes = objectives.makespan();
        setupMinutes = objectives.setupMinutes();
        solvedAt = at;
    }

    void failed(String order, String operation, String detail, Instant at) {
        moveTo(ScheduleStatus.FAILED);
        leaseUntil = null;
        problemOrder = order;
        problemOperation = operation;
        problemDetail = detail;
        solvedAt = at;
    }

    void published(Instant at) {
        if (status == ScheduleStatus.SOLVING || status == ScheduleStatus.REQUESTED) {
            throw new IllegalTransition("schedule " + id + " is still " + status.name().toLowerCase() + ": stop it or wait for it");
        }
        moveTo(ScheduleStatus.PUBLISHED);
        publishedAt = at;
    }

    void superseded() {
        moveTo(ScheduleStatus.SUPERSEDED);
    }

    public UUID id() {
        return id;
    }

    public ScheduleKind kind() {
        return kind;
    }

    public ScheduleStatus status() {
        return status;
    }

    public boolean publishWhenSolved() {
        return publishWhenSolved;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant origin() {
        return origin;
    }

    public int timeLimitSeconds() {
        return timeLimitSeconds;
    }

    public long seed() {
        return seed;
    }

    public String simulatedMachine() {
        return simulatedMachine;
    }

    public Instant simulatedFrom() {
        return simulatedFrom;
    }

    public Instant simulatedUntil() {
        return simulatedUntil;
    }

    public Long brokenRules() {
        return brokenRules;
    }

    public Long instability() {
        return instability;
    }

    public Long weightedTardiness() {
        return weightedTardiness;
    }

    public Long makespanMinutes() {
        return makespanMinutes;
    }

    public Long setupMinutes() {
        return setupMinutes;
    }

    public String problemOrder() {
        return problemOrder;
    }

    public String problemOperation() {
        return problemOperation;
    }

    public String problemDetail() {
        return problemDetail;
    }

    public Instant solvedAt() {
        return solvedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String solver() {
        return solver;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    private void moveTo(ScheduleStatus next) {
        if (!status.next().contains(next)) {
            throw new IllegalTransition("schedule " + id + " is " + status + " and cannot become " + next);
        }
        status = next;
    }
}
