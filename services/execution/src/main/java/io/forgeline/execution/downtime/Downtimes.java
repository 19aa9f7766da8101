package io.forgeline.execution.downtime;

import io.forgeline.execution.downtime.Downtime.Breakdown;
import io.forgeline.execution.reasons.ReasonCodes;
import io.forgeline.execution.reasons.ReasonKind;
import io.forgeline.execution.signals.StateChange;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Downtimes: opened and ended by the machines' state changes, classified by operators, summed as a Pareto. */
@ApplicationScoped
public class Downtimes {

    /** Most downtimes one list answers. */
    public static final int MOST = 500;

    private final ReasonCodes reasons;
    private final Clock clock;

    Downtimes(ReasonCodes reasons, Clock clock) {
        this.reasons = reasons;
        this.clock = clock;
    }

    /**
     * Follows one change of a machine's live state, inside the caller's transaction (the one that stored the signal and
     * appends the state change), so a downtime exists exactly when the state says DOWN.
     */
    public Uni<Void> follow(StateChange change, String workCenterCode) {
        return Downtime.<Downtime>find("machineCode = ?1 and endedAt is null", change.machineCode()).firstResult()
                .flatMap(open -> switch (Downtime.after(open != null, change.state())) {
                    case OPEN -> Downtime.open(change.machineCode(), workCenterCode, change.since(), change.stopCode()).persist();
                    case END -> {
                        open.end(change.since());
                        yield Uni.createFrom().item(open);
                    }
                    case NOTHING -> Uni.createFrom().nullItem();
                })
                // the next change of the same batch may open the next downtime: this one must be ended in the table first
                .call(() -> Panache.getSession().flatMap(session -> session.flush()))
                .replaceWithVoid();
    }

    /** The operator's reason: an active DOWNTIME code of the plant (422 naming {@code reasonCode} otherwise). */
    Uni<Downtime> classify(UUID id, String reasonCode, Actor actor) {
        String code = ReasonCodes.normalised(reasonCode);
        return Panache.withTransaction(() -> Downtime.<Downtime>findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("downtime", id))
                .call(downtime -> reasons.requireActive(ReasonKind.DOWNTIME, code, "reasonCode"))
                .invoke(downtime -> downtime.classify(code, actor.name(), clock.instant())));
    }

    Uni<Downtime> find(UUID id) {
        return Panache.withSession(() -> Downtime.<Downtime>findById(id))
                .onItem().ifNull().failWith(() -> new NotFound("downtime", id));
    }

    /** Downtimes that overlap [from, to), newest first, at most {@link #MOST}. */
    Uni<List<Downtime>> list(Optional<String> machine, Optional<String> workCenter, Instant from, Instant to, Optional<Boolean> open) {
        Overlapping where = Overlapping.of(machine, workCenter, from, to);
        String query = where.query() + open.map(o -> o ? " and endedAt is null" : " and endedAt is not null").orElse("");
        return Panache.withSession(() -> Downtime.<Downtime>find(query + " order by startedAt desc, id", where.parameters())
                .range(0, MOST - 1).list());
    }

    /** Minutes and count by reason in [from, to), largest first. */
    Uni<List<DowntimePareto.Bucket>> pareto(Optional<String> machine, Optional<String> workCenter, Instant from, Instant to) {
        Overlapping where = Overlapping.of(machine, workCenter, from, to);
        Instant now = clock.instant();
        return Panache.withSession(() -> Downtime.<Downtime>list(where.query(), where.parameters()))
                .map(downtimes -> DowntimePareto.of(downtimes, from, to, now));
    }

    /** The downtimes of a machine or a work center (or all) that overlap a window. */
    private record Overlapping(String query, Parameters parameters) {

        static Overlapping of(Optional<String> machine, Optional<String> workCenter, Instant from, Instant to) {
            StringBuilder where = new StringBuilder("startedAt < :to and (endedAt is null or endedAt > :from)");
            Parameters parameters = Parameters.with("from", from).and("to", to);
            machine.ifPresent(m -> {
                where.append(" and machineCode = :machine");
                parameters.and("machine", m);
            });
            workCenter.ifPresent(w -> {
                where.append(" and workCenterCode = :workCenter");
                parameters.and("workCenter", w);
            });
            return new Overlapping(where.toString(), parameters);
        }
    }

    /** Open downtimes not reported as breakdowns that started before {@code before}. */
    Uni<List<Downtime>> toReport(Instant before) {
        return Panache.withSession(() -> Downtime.<Downtime>list("endedAt is null and breakdown = ?1 and startedAt <= ?2",
                Breakdown.NONE, before));
    }

    /** Ended downtimes whose breakdown the signals reported: the machine runs again, so the breakdown is repaired. */
    Uni<List<Downtime>> toRepair() {
        return Panache.withSession(() -> Downtime.<Downtime>list("endedAt is not null and breakdown = ?1", Breakdown.REPORTED));
    }

    /** Moves a downtime along the breakdown path, unless another replica moved it first. */
    Uni<Boolean> mark(UUID id, Breakdown expected, Breakdown next) {
        return Panache.withTransaction(() -> Downtime.update("breakdown = ?1, version = version + 1 where id = ?2 and breakdown = ?3",
                next, id, expected)).map(rows -> rows > 0);
    }
}
