package io.forgeline.quality.results;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.atMost;
import static io.forgeline.platform.problem.FieldChecks.blankIsNull;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.quality.decisions.Decisions;
import io.forgeline.quality.inspectionlot.InspectionLot;
import io.forgeline.quality.inspectionlot.InspectionLots;
import io.forgeline.quality.inspectionlot.LotCharacteristic;
import io.forgeline.quality.inspectionlot.UsageDecision;
import io.forgeline.quality.spc.ControlCharts;
import io.forgeline.quality.spc.MeasuredValue;
import io.forgeline.quality.spc.Series;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Records an inspector's results on an open lot, with the lot locked so results of two inspectors add up: the
 * characteristic's tally grows, no further than its sample, and once every sample is in the lot is decided by its
 * Ac/Re. In the caller's transaction.
 */
@ApplicationScoped
public class Results {

    private final Decisions decisions;
    private final ControlCharts charts;
    private final Clock clock;

    Results(Decisions decisions, ControlCharts charts, Clock clock) {
        this.decisions = decisions;
        this.charts = charts;
        this.clock = clock;
    }

    /** The lot after the results, and its decision when they completed it. */
    public record Recorded(InspectionLot lot, Optional<UsageDecision> decision) {
    }

    public Uni<Recorded> record(UUID lotId, ResultRequest request, Actor actor) {
        return InspectionLots.lockForUpdate(lotId).flatMap(lot -> {
            if (!lot.open()) {
                throw new IllegalTransition(lot.number + " is decided: it takes no more results");
            }
            LotCharacteristic characteristic = characteristic(lot, request);
            List<InspectionResult> results = characteristic.variables() ? measured(lot, characteristic, request, actor)
                    : counted(lot, characteristic, request, actor);
            for (InspectionResult result : results) {
                characteristic.inspected += result.inspected;
                characteristic.nonconforming += result.nonconforming;
            }
            Uni<Void> saved = Uni.createFrom().voidItem();
            for (InspectionResult result : results) {
                saved = saved.call(result::persist);
            }
            if (characteristic.variables()) {
                // measured values go on the characteristic's control chart, whose run rules judge them at once
                saved = saved.call(() -> charts.record(new Series(lot.itemCode, characteristic.code), results.stream()
                        .map(r -> new MeasuredValue(r.measured, r.recordedAt, lot.id, lot.lot, lot.supplierCode, r.recordedBy)).toList()));
            }
            return saved.flatMap(done -> decisions.automaticIfComplete(lot, actor)).map(decision -> new Recorded(lot, decision));
        });
    }

    private static LotCharacteristic characteristic(InspectionLot lot, ResultRequest request) {
        if (blankIsNull(request.characteristic()) == null) {
            throw FieldErrors.invalid(List.of(new FieldError("characteristic", "is required: one of " + codes(lot))));
        }
        List<FieldError> errors = new ArrayList<>();
        atMost(request.characteristic(), CODE, "characteristic", errors);
        List<String> defects = request.defects() == null ? List.of() : request.defects();
        for (int i = 0; i < defects.size(); i++) {
            atMost(defects.get(i), CODE, "defects/" + i, errors);
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return lot.characteristic(request.characteristic().trim()).orElseThrow(() -> FieldErrors.refused(List.of(new FieldError(
                "characteristic", lot.number + " inspects " + codes(lot) + ", not " + request.characteristic().trim()))));
    }

    private List<InspectionResult> counted(InspectionLot lot, LotCharacteristic c, ResultRequest request, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        if (request.value() != null || request.values() != null) {
            errors.add(new FieldError("values", c.code + " is judged by attributes: send the nonconforming count"));
        }
        if (request.nonconforming() == null || request.nonconforming() < 0) {
            errors.add(new FieldError("nonconforming", "is required: the units found nonconforming, 0 or more"));
        }
        int inspected = request.inspected() == null ? c.remaining() : request.inspected();
        if (request.inspected() != null && request.inspected() <= 0) {
            errors.add(new FieldError("inspected", "must be 1 or more units"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        if (inspected > c.remaining() || inspected == 0) {
            throw FieldErrors.refused(List.of(new FieldError("inspected", remainingText(c) + "; " + inspected + " were reported")));
        }
        if (request.nonconforming() > inspected) {
            throw FieldErrors.invalid(List.of(new FieldError("nonconforming", "counts " + request.nonconforming() + " of " + inspected
                    + " units inspected")));
        }
        InspectionResult result = result(lot, c, actor);
        result.inspected = inspected;
        result.nonconforming = request.nonconforming();
        result.defectCodes = request.defects() == null ? "" : String.join(",", request.defects().stream().map(FieldChecks::blankIsNull).filter(Objects::nonNull).toList());
        return List.of(result);
    }

    private List<InspectionResult> measured(InspectionLot lot, LotCharacteristic c, ResultRequest request, Actor actor) {
        List<BigDecimal> values = new ArrayList<>();
        if (request.value() != null) {
            values.add(request.value());
        }
        if (request.values() != null) {
            values.addAll(request.values());
        }
        if (values.isEmpty() || values.stream().anyMatch(java.util.Objects::isNull) || request.nonconforming() != null) {
            throw FieldErrors.invalid(List.of(new FieldError("values", c.code + " is measured: send one value per sample unit"
                    + (c.unit == null ? "" : " in " + c.unit))));
        }
        if (values.size() > c.remaining()) {
            throw FieldErrors.refused(List.of(new FieldError("values", remainingText(c) + "; " + values.size() + " were measured")));
        }
        List<InspectionResult> results = new ArrayList<>();
        for (BigDecimal value : values) {
            InspectionResult result = result(lot, c, actor);
            result.inspected = 1;
            result.nonconforming = c.outside(value) ? 1 : 0;
            result.measured = value;
            results.add(result);
        }
        return results;
    }

    private InspectionResult result(InspectionLot lot, LotCharacteristic c, Actor actor) {
        InspectionResult result = new InspectionResult();
        result.id = UUID.randomUUID();
        result.lotId = lot.id;
        result.characteristicCode = c.code;
        result.recordedAt = clock.instant();
        result.recordedBy = actor.name();
        return result;
    }

    private static String remainingText(LotCharacteristic c) {
        return c.remaining() == 0 ? c.code + " has its whole sample of " + c.inspectQuantity + " already"
                : c.code + " needs " + c.remaining() + " more of its sample of " + c.inspectQuantity;
    }

    private static String codes(InspectionLot lot) {
        return String.join(", ", lot.characteristics.stream().map(c -> c.code).toList());
    }
}
