package io.forgeline.scheduling.schedules;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's solves claimed and frees the solves of replicas that are gone. Every few seconds a
 * replica renews the leases of what it solves (and looks whether a stop was asked meanwhile, in case the
 * signal was lost), and fails any solve whose lease has run out: its replica died, or lost the database for
 * longer than a lease. An automatic reschedule failed that way is requested again, so the plant still gets
 * its new plan.
 */
@ApplicationScoped
public class SolveLeases {

    private static final Logger LOG = Logger.getLogger(SolveLeases.class);

    private final SolveQueue queue;
    private final ScheduleService schedules;
    private final SolveSignals signals;
    private final Clock clock;
    private final Duration lease;

    SolveLeases(SolveQueue queue, ScheduleService schedules, SolveSignals signals, Clock clock,
            @ConfigProperty(name = "forgeline.scheduling.solve-lease", defaultValue = "30s") Duration lease) {
        this.queue = queue;
        this.schedules = schedules;
        this.signals = signals;
        this.clock = clock;
        this.lease = lease;
    }

    @Scheduled(every = "${forgeline.scheduling.lease-check:2s}", delayed = "1s", concurrentExecution = ConcurrentExecution.SKIP)
    void check() {
        SolveQueue.inContext(() -> renew().chain(this::failOrphans));
    }

    /** Extends this replica's leases by a whole lease, and stops what a planner asked to stop meanwhile. */
    Uni<Void> renew() {
        Set<UUID> mine = queue.solvingHere();
        if (mine.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant until = clock.instant().plus(lease);
        // an update of the lease alone, not of the schedule: it must not collide with a planner's stop or publish
        return Panache.withTransaction(() -> ProductionSchedule.update("leaseUntil = ?1 where id in ?2 and status = ?3",
                                until, mine, ScheduleStatus.SOLVING)
                        .chain(() -> ProductionSchedule.<ProductionSchedule>list("id in ?1 and stopRequested = true", mine)))
                .invoke(stopped -> stopped.forEach(s -> queue.stopHere(s.id())))
                .replaceWithVoid()
                .onFailure().invoke(failure -> LOG.warnf("could not renew the leases of %s: %s", mine, failure.toString()))
                .onFailure().recoverWithNull();
    }

    /** Fails the solves whose replica stopped renewing; returns quietly when another replica got there first. */
    Uni<Void> failOrphans() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ProductionSchedule.<ProductionSchedule>list("status = ?1 and (leaseUntil is null or leaseUntil < ?2)",
                        ScheduleStatus.SOLVING, now)
                .call(orphans -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (ProductionSchedule s : orphans) {
                        if (!s.orphanedAt(now) || queue.solvingHere().contains(s.id())) {
                            continue;
                        }
                        LOG.warnf("schedule %s was being solved by %s, whose lease ran out: failing it", s.id(), s.solver());
                        s.failed(null, null, "the replica solving it (" + s.solver() + ") stopped answering; its lease ran out", now);
                        if (s.publishWhenSolved() && s.kind() != ScheduleKind.SOLVE) {
                            chain = chain.call(() -> schedules.requestReschedule(s.kind(), s.createdBy()));
                        }
                    }
                    return chain.replaceWith(orphans);
                }))
                .invoke(orphans -> orphans.stream().filter(s -> s.status() == ScheduleStatus.FAILED)
                        .forEach(s -> signals.done(s.id(), ProgressFeeds.Tick.done(ScheduleStatus.FAILED))))
                .invoke(orphans -> {
                    if (!orphans.isEmpty()) {
                        queue.poke();
                    }
                })
                .replaceWithVoid()
                .onFailure().recoverWithNull();
    }
}
