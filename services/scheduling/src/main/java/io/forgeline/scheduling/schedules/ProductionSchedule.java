package io.forgeline.scheduling.schedules;

import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.scheduling.planning.Objectives;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A schedule from request to publication; its operations are {@link ScheduleLine}s. */
@Entity
@Table(name = "schedule")
public class ProductionSchedule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScheduleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScheduleStatus status;

    @Column(name = "publish_when_solved", nullable = false)
    public boolean publishWhenSolved;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public Instant origin;

    @Column(name = "time_limit_seconds", nullable = false)
    public int timeLimitSeconds;

    @Column(nullable = false)
    public long seed;

    @Column(name = "simulated_machine")
    public String simulatedMachine;

    @Column(name = "simulated_from")
    public Instant simulatedFrom;

    @Column(name = "simulated_until")
    public Instant simulatedUntil;

    @Column(name = "broken_rules")
    public Long brokenRules;

    public Long instability;

    @Column(name = "weighted_tardiness")
    public Long weightedTardiness;

    @Column(name = "makespan_minutes")
    public Long makespanMinutes;

    @Column(name = "setup_minutes")
    public Long setupMinutes;

    @Column(name = "problem_order")
    public String problemOrder;

    @Column(name = "problem_operation")
    public String problemOperation;

    @Column(name = "problem_detail")
    public String problemDetail;

    @Column(name = "solved_at")
    public Instant solvedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

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

    void solving(Instant origin) {
        moveTo(ScheduleStatus.SOLVING);
        this.origin = origin;
    }

    void solved(Objectives objectives, Instant at) {
        moveTo(ScheduleStatus.SOLVED);
        brokenRules = objectives.brokenRules();
        instability = objectives.instability();
        weightedTardiness = objectives.weightedTardiness();
        makespanMinutes = objectives.makespan();
        setupMinutes = objectives.setupMinutes();
        solvedAt = at;
    }

    void failed(String order, String operation, String detail, Instant at) {
        moveTo(ScheduleStatus.FAILED);
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

    private void moveTo(ScheduleStatus next) {
        if (!status.next().contains(next)) {
            throw new IllegalTransition("schedule " + id + " is " + status + " and cannot become " + next);
        }
        status = next;
    }
}
