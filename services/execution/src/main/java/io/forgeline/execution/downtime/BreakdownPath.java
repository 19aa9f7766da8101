package io.forgeline.execution.downtime;

import io.forgeline.execution.dispatch.DispatchLists;
import io.forgeline.execution.downtime.Downtime.Breakdown;
import io.forgeline.execution.machines.MachineStatusBoard;
import io.forgeline.execution.machines.ReportBreakdown;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.IllegalTransition;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * An unplanned stop of a machine that has work planned becomes a breakdown, as if an operator had reported it: a
 * downtime open longer than {@code forgeline.signals.breakdown-after} (default PT1M) on a machine with open dispatch
 * entries is reported once through {@link MachineStatusBoard#breakDown} (actor {@code machine:<code>}, reason
 * "machine stop <stop code>"), so scheduling replans around it. When the signals say it runs again, the breakdown is
 * repaired, but only while it is still the one the signals reported: a person's report or repair is theirs.
 */
@ApplicationScoped
public class BreakdownPath {

    private static final Logger LOG = Logger.getLogger(BreakdownPath.class);

    private final Downtimes downtimes;
    private final DispatchLists dispatch;
    private final MachineStatusBoard board;
    private final Clock clock;
    private final Duration after;

    BreakdownPath(Downtimes downtimes, DispatchLists dispatch, MachineStatusBoard board, Clock clock,
            @ConfigProperty(name = "forgeline.signals.breakdown-after", defaultValue = "PT1M") Duration after) {
        this.downtimes = downtimes;
        this.dispatch = dispatch;
        this.board = board;
        this.clock = clock;
        this.after = after;
    }

    /** Who the signals of a machine are in the audit trail and on the machine board. */
    static Actor machine(String machineCode) {
        String name = "machine:" + machineCode;
        return new Actor(name, name, Set.of(), Optional.empty());
    }

    @Scheduled(every = "${forgeline.signals.check-every:5s}", delayed = "5s", concurrentExecution = ConcurrentExecution.SKIP)
    void check() {
        try {
            VertxContextSupport.subscribeAndAwait(() -> report().call(() -> repairs()));
        } catch (Throwable failure) {
            LOG.warnf("breakdown check failed, next time again: %s", failure.toString());
        }
    }

    Uni<Void> report() {
        return downtimes.toReport(clock.instant().minus(after))
                .flatMap(open -> Multi.createFrom().iterable(open)
                        .onItem().transformToUniAndConcatenate(downtime -> dispatch.hasWorkOn(downtime.machineCode())
                                .flatMap(planned -> planned ? breakDown(downtime) : Uni.createFrom().voidItem())
                                .onFailure().invoke(f -> LOG.warnf("breakdown of %s not reported this time: %s", downtime.machineCode(), f.toString()))
                                .onFailure().recoverWithNull())
                        .collect().last())
                .replaceWithVoid();
    }

    private Uni<Void> breakDown(Downtime downtime) {
        String code = downtime.machineCode();
        String reason = downtime.stopCode() == null ? "machine stop" : "machine stop " + downtime.stopCode();
        // claimed first, so a second replica (or the next round) never reports it twice
        return downtimes.mark(downtime.id(), Breakdown.NONE, Breakdown.REPORTED).flatMap(claimed -> !claimed ? Uni.createFrom().voidItem()
                : board.breakDown(code, new ReportBreakdown(reason, null), Optional.empty(), machine(code))
                        .invoke(() -> LOG.infof("machine %s down since %s with work planned: reported as a breakdown", code, downtime.startedAt()))
                        .replaceWithVoid()
                        .onFailure(IllegalTransition.class).recoverWithUni(already ->
                                // a person reported it down already: their breakdown, theirs to repair
                                downtimes.mark(downtime.id(), Breakdown.REPORTED, Breakdown.LEFT).replaceWithVoid())
                        .onFailure(f -> !(f instanceof IllegalTransition)).call(failed ->
                                // not reported after all: the next round tries again
                                downtimes.mark(downtime.id(), Breakdown.REPORTED, Breakdown.NONE)));
    }

    Uni<Void> repairs() {
        return downtimes.toRepair()
                .flatMap(ended -> Multi.createFrom().iterable(ended)
                        .onItem().transformToUniAndConcatenate(downtime -> repair(downtime)
                                .onFailure().invoke(f -> LOG.warnf("repair of %s not reported this time: %s", downtime.machineCode(), f.toString()))
                                .onFailure().recoverWithNull())
                        .collect().last())
                .replaceWithVoid();
    }

    private Uni<Void> repair(Downtime downtime) {
        String code = downtime.machineCode();
        Actor machine = machine(code);
        return board.find(code).flatMap(status -> {
            boolean ours = status.isDown() && machine.name().equals(status.reportedBy());
            if (!ours) {
                return downtimes.mark(downtime.id(), Breakdown.REPORTED, Breakdown.LEFT).replaceWithVoid();
            }
            return downtimes.mark(downtime.id(), Breakdown.REPORTED, Breakdown.REPAIRED).flatMap(claimed -> !claimed
                    ? Uni.createFrom().voidItem()
                    : board.repair(code, Optional.empty(), machine)
                            .invoke(() -> LOG.infof("machine %s runs again: its breakdown repaired", code))
                            .replaceWithVoid()
                            .onFailure(f -> !(f instanceof IllegalTransition)).call(failed ->
                                    downtimes.mark(downtime.id(), Breakdown.REPAIRED, Breakdown.REPORTED)));
        });
    }
}
