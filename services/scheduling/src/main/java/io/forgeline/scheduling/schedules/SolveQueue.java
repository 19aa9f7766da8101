package io.forgeline.scheduling.schedules;

import io.forgeline.platform.faults.Faults;
import io.forgeline.scheduling.planning.InfeasiblePlant;
import io.forgeline.scheduling.planning.PlanningRun;
import io.forgeline.scheduling.planning.ProductionScheduler;
import io.forgeline.scheduling.planning.Schedule;
import io.forgeline.scheduling.planning.SolveOptions;
import io.forgeline.scheduling.schedules.WorkingTime.ClosedKind;
import io.forgeline.scheduling.schedules.WorkingTime.Span;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Solves requested schedules one at a time per replica (two solver threads on a two-core machine only slow
 * both down), oldest first. The queue is the REQUESTED rows, shared by every replica: a replica claims one
 * by moving it to SOLVING under its own name with a lease ({@link SolveLeases} renews it, and fails the
 * solves of replicas that stopped renewing), so a crash loses no request and two replicas never solve the
 * same schedule. A stop reaches the solving replica whichever replica the planner asked
 * ({@link SolveSignals}).
 */
@ApplicationScoped
public class SolveQueue {

    private static final Logger LOG = Logger.getLogger(SolveQueue.class);

    private final PlantLoader loader;
    private final ScheduleService schedules;
    private final SolveSignals signals;
    private final Clock clock;
    private final String replica;
    private final Duration lease;
    private static final java.util.concurrent.Executor HANDOVER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "schedule-handover");
        t.setDaemon(true);
        return t;
    });

    private final ProductionScheduler scheduler = new ProductionScheduler();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Map<UUID, ActiveSolve> active = new ConcurrentHashMap<>();
    private final java.util.Set<UUID> stopRequested = ConcurrentHashMap.newKeySet();

    SolveQueue(PlantLoader loader, ScheduleService schedules, SolveSignals signals, Clock clock, Replica replica,
            @ConfigProperty(name = "forgeline.scheduling.solve-lease", defaultValue = "30s") Duration lease) {
        this.loader = loader;
        this.schedules = schedules;
        this.signals = signals;
        this.clock = clock;
        this.replica = replica.name();
        this.lease = lease;
    }

    /** Solves interrupted by a crash are not failed here: their leases run out, and then any replica fails them. */
    void onStart(@Observes StartupEvent start) {
        signals.onStop(this::stopHere);
        poke();
    }

    /** Catches requests whose poke was lost (written by a transaction that committed while this one was busy). */
    @Scheduled(every = "2s", delayed = "2s")
    void sweep() {
        poke();
    }

    /** The run in this process, if the schedule is being solved right now. */
    public Optional<ActiveSolve> active(UUID schedule) {
        return Optional.ofNullable(active.get(schedule));
    }

    /**
     * A planner asked some replica to stop this schedule: if it runs here it stops with its best schedule so far;
     * if this replica is about to start it, it stops right after its first schedule.
     */
    void stopHere(UUID schedule) {
        stopRequested.add(schedule);
        ActiveSolve solve = active.get(schedule);
        if (solve != null) {
            solve.run().stop();
        }
    }

    /** The schedules this replica is solving now, whose leases it must renew. */
    java.util.Set<UUID> solvingHere() {
        return java.util.Set.copyOf(active.keySet());
    }

    /** Starts the oldest requested schedule unless one is being solved already. Safe from any thread. */
    public void poke() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        inContext(() -> claimNext().onFailure().invoke(failure -> {
            if (Faults.isTransient(failure)) {
                // another replica claimed it first (its version won), or the database is away: the sweep tries again
                LOG.debugf("did not claim a schedule this time: %s", failure.getMessage());
            } else {
                LOG.error("could not start the next schedule", failure);
            }
            busy.set(false);
        }));
    }

    private Uni<Void> claimNext() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ProductionSchedule.<ProductionSchedule>find("status = ?1 order by createdAt",
                        ScheduleStatus.REQUESTED).firstResult()
                .flatMap(next -> {
                    if (next == null) {
                        return Uni.createFrom().nullItem();
                    }
                    TimeAxis proposed = PlantLoader.axisFrom(now);
                    next.solving(proposed.origin(), replica, now.plus(lease));
                    if (next.stopRequested()) {
                        stopRequested.add(next.id());
                    }
                    return schedules.publishedPlan()
                            .flatMap(previous -> loader.load(proposed, now, simulated(next, proposed), next.simulatedMachine(), previous))
                            .map(facts -> new Claimed(next, facts));
                }))
                .invoke(claimed -> {
                    if (claimed == null) {
                        busy.set(false);
                    } else {
                        launch(claimed);
                    }
                })
                .replaceWithVoid();
    }

    private record Claimed(ProductionSchedule schedule, PlantFacts facts) {
    }

    private static List<Span> simulated(ProductionSchedule s, TimeAxis axis) {
        if (s.simulatedMachine() == null) {
            return List.of();
        }
        return List.of(new Span(axis.minutes(s.simulatedFrom()),
                s.simulatedUntil() == null ? Long.MAX_VALUE : axis.minutes(s.simulatedUntil()), ClosedKind.BREAKDOWN));
    }

    private void launch(Claimed claimed) {
        UUID id = claimed.schedule().id();
        PlantSnapshot snapshot;
        PlanningRun run;
        try {
            snapshot = PlantSnapshot.of(claimed.facts());
            if (snapshot.plant().orders().isEmpty()) {
                finish(id, null, new Schedule(List.of(), new io.forgeline.scheduling.planning.Objectives(0, 0, 0, 0, 0)), null);
                return;
            }
            SolveOptions options = SolveOptions.within(Duration.ofSeconds(claimed.schedule().timeLimitSeconds()))
                    .withSeed(claimed.schedule().seed()).rescheduling(snapshot.reschedule());
            run = scheduler.start(snapshot.plant(), options, p -> signals.progress(id, ProgressFeeds.Tick.progress(p.elapsed().toMillis(), p.objectives())));
        } catch (RuntimeException refused) {
            finish(id, null, null, refused);
            return;
        }
        active.put(id, new ActiveSolve(run, snapshot));
        if (stopRequested.remove(id)) {
            run.stop(); // the planner pressed stop while it waited behind another solve
        }
        run.result().whenComplete((schedule, failure) -> finish(id, snapshot, schedule, failure));
    }

    private void finish(UUID id, PlantSnapshot snapshot, Schedule schedule, Throwable failure) {
        Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
        Instant now = clock.instant();
        inContext(() -> Panache.withTransaction(() -> ProductionSchedule.<ProductionSchedule>findById(id)
                        .call(s -> {
                            if (cause instanceof InfeasiblePlant infeasible) {
                                s.failed(infeasible.order(), infeasible.operation(), infeasible.getMessage(), now);
                                return Uni.createFrom().voidItem();
                            }
                            if (cause != null) {
                                s.failed(null, null, cause.getMessage() == null ? cause.toString() : cause.getMessage(), now);
                                return Uni.createFrom().voidItem();
                            }
                            if (!schedule.objectives().feasible()) {
                                s.failed(null, null, "no schedule was found that keeps every rule within the time limit", now);
                                return Uni.createFrom().voidItem();
                            }
                            s.solved(schedule.objectives(), now);
                            List<ScheduleLine> lines = snapshot == null ? List.of() : ScheduleLines.of(id, snapshot, schedule);
                            return ScheduleLine.persist(lines)
                                    .call(() -> s.publishWhenSolved() ? schedules.publishInTransaction(s, ScheduleService.SCHEDULER)
                                            : Uni.createFrom().voidItem());
                        }))
                .onItemOrFailure().invoke((s, error) -> {
                    if (error != null) {
                        LOG.errorf(error, "could not store schedule %s", id);
                    }
                    active.remove(id);
                    stopRequested.remove(id);
                    signals.done(id, ProgressFeeds.Tick.done(s == null || error != null ? ScheduleStatus.FAILED : s.status()));
                    busy.set(false);
                    poke();
                })
                .replaceWithVoid());
    }

    /**
     * Hibernate Reactive needs a Vert.x context of its own (a request's would share the request's session);
     * Quarkus hands out a fresh one only to a thread that has none, so the work passes through a plain thread,
     * not a context-propagating worker pool.
     */
    static void inContext(Supplier<Uni<?>> work) {
        HANDOVER.execute(() -> VertxContextSupport.subscribe(() -> work.get().toMulti(),
                subscribe -> subscribe.with(item -> { }, failure -> LOG.error("schedule work failed", failure))));
    }
}
