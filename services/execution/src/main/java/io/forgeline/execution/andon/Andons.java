package io.forgeline.execution.andon;

import io.forgeline.execution.notifications.Notifications;
import io.forgeline.execution.plant.PlantModel;
import io.forgeline.execution.terminal.Acting;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.idempotency.IdempotentRequests.Attempt;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Andons: raised by operators, acknowledged and resolved by whoever comes, escalated by the clock while nobody
 * acknowledges. Every step commits with its audit row (andon_step), its event on {@value AndonEvents#TOPIC} (outbox)
 * and the notifications it causes, in one transaction.
 */
@ApplicationScoped
@Startup // a ladder naming a role the realm lacks stops the service at start, not at the first andon
public class Andons {

    /** The most andons one listing answers with. */
    private static final int LISTED = 200;
    /** How many due andons one escalation round takes; the rest wait for the next round. */
    private static final int ESCALATION_BATCH = 100;

    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final Notifications notifications;
    private final PlantModel plant;
    private final Clock clock;
    private final EscalationLadder ladder;

    Andons(Outbox outbox, IdempotentRequests idempotency, Notifications notifications, PlantModel plant, Clock clock,
            @ConfigProperty(name = "forgeline.andon.escalation", defaultValue = "PT5M:planner,PT15M:admin") String ladder) {
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.notifications = notifications;
        this.plant = plant;
        this.clock = clock;
        this.ladder = EscalationLadder.parse(ladder);
    }

    Uni<AndonView> raise(RaiseAndon.Checked command, Optional<String> idempotencyKey, Acting acting) {
        return idempotency.once("andons", acting.actor(), idempotencyKey, command.fingerprint() + "|" + acting.terminalOrNull(),
                attempt -> Panache.withTransaction(() -> checkPlace(command).flatMap(ignored -> {
                    Andon.Raised raised = Andon.raise(command.kind(), command.workCenterCode(), command.machineCode(),
                            command.note(), ladder, acting, clock.instant());
                    return raised.andon().persist()
                            .call(() -> recorded(raised.andon(), raised.step()))
                            .call(() -> attempt.remember(raised.andon().id().toString()))
                            .map(saved -> AndonView.of(raised.andon(), List.of(raised.step()), raised.step().at()));
                })),
                id -> answered(UUID.fromString(id)));
    }

    Uni<AndonView> acknowledge(UUID id, String note, Optional<String> idempotencyKey, Acting acting) {
        return idempotency.once("andon-acknowledgements", acting.actor(), idempotencyKey, id + "|" + note,
                attempt -> step(id, attempt, andon -> andon.acknowledge(note, acting, clock.instant())),
                ignored -> answered(id));
    }

    Uni<AndonView> resolve(UUID id, String note, Optional<String> idempotencyKey, Acting acting) {
        return idempotency.once("andon-resolutions", acting.actor(), idempotencyKey, id + "|" + note,
                attempt -> step(id, attempt, andon -> andon.resolve(note, acting, clock.instant())),
                ignored -> answered(id));
    }

    public Uni<AndonView> find(UUID id) {
        return Panache.withSession(() -> Andon.<Andon>findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("andon", id))
                .flatMap(andon -> withSteps(List.of(andon), false)).map(List::getFirst));
    }

    /**
     * A step's answer, first time and on a retry with the same Idempotency-Key: the andon as of its last step, so its
     * age does not tick between the two and the repeat answers exactly like the first.
     */
    private Uni<AndonView> answered(UUID id) {
        return Panache.withSession(() -> Andon.<Andon>findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("andon", id))
                .flatMap(andon -> withSteps(List.of(andon), true)).map(List::getFirst));
    }

    /** Andons of a work center (left out: all), open ones only if asked; open ones oldest first, else newest first. */
    public Uni<List<AndonView>> list(Optional<String> workCenterCode, boolean openOnly) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        workCenterCode.ifPresent(code -> {
            values.add(code);
            where.add("workCenterCode = ?" + values.size());
        });
        if (openOnly) {
            values.add(AndonState.RESOLVED);
            where.add("state <> ?" + values.size());
        }
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where)) + " order by raisedAt " + (openOnly ? "asc" : "desc");
        return Panache.withSession(() -> Andon.<Andon>find(query, values.toArray()).page(Page.ofSize(LISTED)).list()
                .flatMap(andons -> withSteps(andons, false)));
    }

    /**
     * Passes every rung that has come due on an unacknowledged andon, each once: the due rows are locked FOR UPDATE
     * SKIP LOCKED, so a second execution replica checking at the same moment takes other andons (or none), and each
     * rung moves the andon's level and its next due time in the same transaction as its event and notifications.
     *
     * @return how many escalations were made
     */
    Uni<Integer> escalateDue() {
        if (ladder.rungs().isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                                "select * from andon where state = 'OPEN' and next_escalation_at <= :now"
                                        + " order by next_escalation_at limit " + ESCALATION_BATCH + " for update skip locked", Andon.class)
                        .setParameter("now", now)
                        .getResultList())
                .flatMap(due -> {
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    for (Andon andon : due) {
                        chain = chain.flatMap(done -> escalate(andon, now).map(count -> done + count));
                    }
                    return chain;
                }));
    }

    /** Every rung now due on one andon, in order (a check that was away for two rungs makes both). */
    private Uni<Integer> escalate(Andon andon, Instant now) {
        Optional<AndonStep> step = andon.escalate(ladder, now);
        if (step.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return recorded(andon, step.get()).flatMap(ignored -> escalate(andon, now)).map(more -> more + 1);
    }

    /** The step's audit row, its event and, for a raise or an escalation, the role's notifications: in the caller's transaction. */
    private Uni<Void> recorded(Andon andon, AndonStep step) {
        Uni<Void> kept = step.persist().call(() -> outbox.append(AndonEvents.TOPIC, andon.id().toString(),
                AndonEvents.type(step), AndonEvents.changed(andon, step))).replaceWithVoid();
        return step.role() == null ? kept : kept.call(() -> notifications.announce(step.role(), AndonMessages.of(andon, step)));
    }

    private Uni<AndonView> step(UUID id, Attempt attempt, Function<Andon, AndonStep> transition) {
        return Panache.withTransaction(() -> Andon.<Andon>findById(id)
                        .onItem().ifNull().failWith(() -> new NotFound("andon", id))
                        .flatMap(andon -> {
                            AndonStep step = transition.apply(andon);
                            return recorded(andon, step)
                                    .call(() -> attempt.remember(id.toString()))
                                    .call(() -> Panache.getSession().flatMap(session -> session.flush()))
                                    .flatMap(ignored -> withSteps(List.of(andon), true)).map(List::getFirst);
                        }))
                .onFailure(Andons::isSimultaneousStep)
                .transform(failure -> new IllegalTransition("andon " + id
                        + " was changed by someone else (or escalated) at the same moment: look at it and try again"));
    }

    /** The place must be in the plant model: a work center it knows, and a machine of that work center. */
    private Uni<Void> checkPlace(RaiseAndon.Checked command) {
        return PlantModel.hasWorkCenter(command.workCenterCode()).flatMap(known -> {
            if (!known) {
                throw new RuleViolation("/workCenterCode", "work center " + command.workCenterCode() + " is not in the plant model");
            }
            if (command.machineCode() == null) {
                return Uni.createFrom().voidItem();
            }
            return plant.machine(command.machineCode()).map(machine -> {
                if (machine.isEmpty()) {
                    throw new RuleViolation("/machineCode", "machine " + command.machineCode() + " is not in the plant model");
                }
                if (!machine.get().workCenterCode.equals(command.workCenterCode())) {
                    throw new RuleViolation("/machineCode", "machine " + command.machineCode() + " belongs to work center "
                            + machine.get().workCenterCode + ", not " + command.workCenterCode());
                }
                return null;
            });
        });
    }

    /** The andons with their steps, aged until now or (a step's answer) until their last step. */
    private Uni<List<AndonView>> withSteps(List<Andon> andons, boolean asOfLastStep) {
        if (andons.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = andons.stream().map(Andon::id).toList();
        return AndonStep.<AndonStep>list("id.andonId in ?1 order by id.seq", ids).map(steps -> {
            Map<UUID, List<AndonStep>> byAndon = steps.stream().collect(Collectors.groupingBy(AndonStep::andonId));
            Instant now = clock.instant();
            return andons.stream().map(a -> {
                List<AndonStep> its = byAndon.getOrDefault(a.id(), List.of());
                return AndonView.of(a, its, asOfLastStep && !its.isEmpty() ? its.getLast().at() : now);
            }).toList();
        });
    }

    /** Two steps (or a step and the escalation check) changed the same version: one of them wins. */
    private static boolean isSimultaneousStep(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.StaleStateException || t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
