package io.forgeline.quality.switching;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.quality.sampling.Scheme;
import io.forgeline.quality.sampling.SwitchingState;
import io.forgeline.quality.sampling.Switching;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.UUID;

/**
 * The switching states as stored: read when a lot is opened (its severity), moved on when a lot's original
 * inspection is complete, each change audited. Runs in the caller's transaction; a state is read for update, so
 * two lots decided at once for the same item, supplier and class take turns.
 */
@ApplicationScoped
public class SwitchingStates {

    private final Clock clock;

    SwitchingStates(Clock clock) {
        this.clock = clock;
    }

    /** The state in force; a key never seen starts on normal inspection. */
    public Uni<SwitchingState> current(SwitchingKey key) {
        return SwitchingRecord.<SwitchingRecord>findById(new SwitchingRecord.Key(key))
                .map(record -> record == null ? SwitchingState.START : record.state());
    }

    /** Moves the state on after one lot and records a change of severity with its reason. */
    public Uni<SwitchingState> after(SwitchingKey key, Scheme scheme, Switching.LotOutcome lot, UUID inspectionLotId, Actor actor) {
        return SwitchingRecord.<SwitchingRecord>findById(new SwitchingRecord.Key(key), LockModeType.PESSIMISTIC_WRITE)
                .flatMap(found -> {
                    SwitchingRecord record = found != null ? found : SwitchingRecord.starting(key, scheme.id());
                    SwitchingState before = record.state();
                    if (before.discontinued()) {
                        // inspection goes on by hand while discontinued; the rules resume with the engineer
                        return Uni.createFrom().item(before);
                    }
                    Switching.Step step = Switching.after(before, scheme, lot, new Switching.Conditions(record.productionSteady, record.reducedApproved));
                    record.scheme = scheme.id();
                    record.apply(step.state());
                    Uni<?> saved = found != null ? Uni.createFrom().item(record) : record.persist();
                    return saved.call(() -> step.change().map(why -> audit(key, before, step.state(), why, inspectionLotId, actor).persist())
                                    .orElse(Uni.createFrom().nullItem()))
                            .replaceWith(step.state());
                });
    }

    /**
     * A quality engineer says whether production runs steadily and whether reduced inspection is approved; a key never
     * seen starts on normal inspection with these conditions.
     */
    public Uni<SwitchingRecord> conditions(SwitchingKey key, Scheme scheme, boolean productionSteady, boolean reducedApproved) {
        return SwitchingRecord.<SwitchingRecord>findById(new SwitchingRecord.Key(key), LockModeType.PESSIMISTIC_WRITE).flatMap(found -> {
            SwitchingRecord record = found != null ? found : SwitchingRecord.starting(key, scheme.id());
            record.productionSteady = productionSteady;
            record.reducedApproved = reducedApproved;
            return found != null ? Uni.createFrom().item(record) : record.<SwitchingRecord>persist();
        });
    }

    /** After the supplier's corrective action: inspection resumes on tightened, audited with the engineer's reason. */
    public Uni<SwitchingRecord> resume(SwitchingKey key, String reason, Actor actor) {
        return SwitchingRecord.<SwitchingRecord>findById(new SwitchingRecord.Key(key), LockModeType.PESSIMISTIC_WRITE).flatMap(record -> {
            if (record == null || !record.discontinued) {
                throw new IllegalTransition("acceptance inspection of " + key.itemCode()
                        + (key.supplierCode().isEmpty() ? "" : " from " + key.supplierCode()) + " (" + key.defectClass() + ") is not discontinued");
            }
            SwitchingState before = record.state();
            record.apply(Switching.resumed());
            return audit(key, before, record.state(), "resumed: " + reason, null, actor).persist().replaceWith(record);
        });
    }

    private SwitchingChange audit(SwitchingKey key, SwitchingState from, SwitchingState to, String why, UUID inspectionLotId, Actor actor) {
        SwitchingChange change = new SwitchingChange();
        change.id = UUID.randomUUID();
        change.itemCode = key.itemCode();
        change.supplierCode = key.supplierCode();
        change.defectClass = key.defectClass();
        change.fromSeverity = from.severity().name();
        change.toSeverity = to.severity().name();
        change.discontinued = to.discontinued();
        change.reason = why;
        change.inspectionLotId = inspectionLotId;
        change.changedAt = clock.instant();
        change.changedBy = actor.name();
        return change;
    }
}
