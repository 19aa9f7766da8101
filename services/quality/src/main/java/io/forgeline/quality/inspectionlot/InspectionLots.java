package io.forgeline.quality.inspectionlot;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.quality.inspectionplan.Characteristic;
import io.forgeline.quality.inspectionplan.InspectionPlan;
import io.forgeline.quality.inspectionplan.InspectionPlanCatalog;
import io.forgeline.quality.inspectionplan.SamplingMethod;
import io.forgeline.quality.sampling.Severity;
import io.forgeline.quality.sampling.SwitchingState;
import io.forgeline.quality.switching.SwitchingKey;
import io.forgeline.quality.switching.SwitchingStates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens inspection lots and finds them. A lot takes its plan's characteristics with the samples fixed at opening:
 * each defect class at the severity its switching state is in for this item and supplier. All in the caller's
 * transaction.
 */
@ApplicationScoped
public class InspectionLots {

    private final InspectionPlanCatalog plans;
    private final SwitchingStates switching;
    private final Clock clock;

    InspectionLots(InspectionPlanCatalog plans, SwitchingStates switching, Clock clock) {
        this.plans = plans;
        this.switching = switching;
        this.clock = clock;
    }

    /**
     * Opens a lot under the item's active plan of the type (the supplier's own plan first). Without a plan: a
     * receipt's lot is recorded without one, for release at once; a lot asked for by hand is refused naming
     * {@code itemCode}. A receipt or output opens its lot once.
     */
    public Uni<InspectionLot> open(OpenLot command, Actor actor) {
        Uni<InspectionLot> earlier = command.originRef() == null ? Uni.createFrom().nullItem()
                : InspectionLot.<InspectionLot>find("origin = ?1 and originRef = ?2 and itemCode = ?3 and lot = ?4",
                        command.origin(), command.originRef(), command.itemCode(), command.lot()).firstResult();
        return earlier.flatMap(found -> found != null ? Uni.createFrom().item(found)
                : planOf(command).flatMap(plan -> {
                    if (plan.isEmpty() && command.origin() == LotOrigin.MANUAL) {
                        throw FieldErrors.refused(List.of(new FieldError("itemCode", command.itemCode() + " has no active "
                                + command.type() + " inspection plan" + (command.supplierCode().isEmpty() ? "" : " for supplier " + command.supplierCode()))));
                    }
                    return characteristics(plan, command).flatMap(sampled -> DocumentNumbers.next("inspection_lot_number_seq", "IL-")
                            .flatMap(number -> lot(number, plan, command, sampled, actor).persist()));
                }));
    }

    private Uni<Optional<InspectionPlan>> planOf(OpenLot command) {
        return command.operationSequence() != null
                ? plans.inProcessAt(command.itemCode(), command.operationSequence())
                : plans.planFor(command.itemCode(), command.type(), command.supplierCode());
    }

    private Uni<List<LotCharacteristic>> characteristics(Optional<InspectionPlan> plan, OpenLot command) {
        if (plan.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        long units = LotSampling.units(command.lotSize());
        Uni<List<LotCharacteristic>> chain = Uni.createFrom().item(new ArrayList<>());
        for (Characteristic c : plan.get().characteristics) {
            chain = chain.flatMap(sampled -> severity(command, c).map(severity -> {
                sampled.add(LotSampling.sampled(plan.get(), c, units, severity));
                return sampled;
            }));
        }
        return chain;
    }

    /** The severity a characteristic is sampled at: its defect class's switching state (tightened while discontinued). */
    private Uni<Severity> severity(OpenLot command, Characteristic c) {
        if (c.sampling != SamplingMethod.AQL) {
            return Uni.createFrom().item(Severity.NORMAL);
        }
        return switching.current(new SwitchingKey(command.itemCode(), command.supplierCode(), c.defectClass.name()))
                .map(SwitchingState::severity);
    }

    private InspectionLot lot(String number, Optional<InspectionPlan> plan, OpenLot command, List<LotCharacteristic> sampled, Actor actor) {
        InspectionLot lot = new InspectionLot();
        lot.id = UUID.randomUUID();
        lot.number = number;
        lot.inspectionType = command.type().name();
        lot.itemCode = command.itemCode();
        lot.supplierCode = command.supplierCode();
        lot.lot = command.lot();
        lot.lotSize = command.lotSize();
        lot.unit = command.unit();
        lot.handlingUnits = String.join(",", command.handlingUnits());
        lot.planId = plan.map(p -> p.id).orElse(null);
        lot.planCode = plan.map(p -> p.code).orElse(null);
        lot.scheme = plan.map(p -> p.scheme).orElse(null);
        lot.origin = command.origin();
        lot.originRef = command.originRef();
        lot.status = InspectionLot.OPEN;
        lot.openedAt = clock.instant();
        lot.openedBy = actor.name();
        lot.characteristics = new ArrayList<>(sampled);
        return lot;
    }

    /** The lot, or 404 naming it. */
    public static Uni<InspectionLot> find(UUID id) {
        return InspectionLot.<InspectionLot>findById(id).onItem().ifNull().failWith(() -> new NotFound("inspection lot", id));
    }

    /** The lot read for update: results and decisions on one lot take turns. */
    public static Uni<InspectionLot> lockForUpdate(UUID id) {
        return InspectionLot.<InspectionLot>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new NotFound("inspection lot", id));
    }
}
