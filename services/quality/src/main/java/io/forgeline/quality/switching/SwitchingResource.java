package io.forgeline.quality.switching;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.NOTE;
import static io.forgeline.platform.problem.FieldChecks.atMost;
import static io.forgeline.platform.problem.FieldChecks.blankIsNull;
import static io.forgeline.platform.problem.FieldChecks.required;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.quality.sampling.Scheme;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the switching rules stand for an item (per supplier and defect class) with every change, and what a quality
 * engineer decides about them: steady production and approval of reduced inspection, and resuming inspection that
 * five rejected lots on tightened discontinued.
 */
@Path("/api/quality/switching-states")
@Produces(MediaType.APPLICATION_JSON)
public class SwitchingResource {

    private static final Set<String> DEFECT_CLASSES = Set.of("CRITICAL", "MAJOR", "MINOR");

    private final SwitchingStates states;
    private final CurrentActor actor;

    SwitchingResource(SwitchingStates states, CurrentActor actor) {
        this.states = states;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public Uni<List<StateView>> of(@QueryParam("itemCode") String itemCode, @QueryParam("supplierCode") String supplierCode) {
        if (itemCode == null || itemCode.isBlank()) {
            throw new InvalidField("itemCode", "is required");
        }
        String supplier = supplierCode == null ? "" : supplierCode.trim();
        return Panache.withSession(() -> SwitchingRecord.<SwitchingRecord>list("itemCode = ?1 and supplierCode = ?2 order by defectClass",
                        itemCode.trim(), supplier)
                .flatMap(records -> SwitchingChange.<SwitchingChange>list("itemCode = ?1 and supplierCode = ?2 order by changedAt",
                                itemCode.trim(), supplier)
                        .map(changes -> records.stream().map(record -> StateView.of(record, changes.stream()
                                .filter(change -> change.defectClass.equals(record.defectClass)).map(ChangeView::of).toList())).toList())));
    }

    @POST
    @Path("conditions")
    @HonoursIdempotencyKey
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<StateView> conditions(ConditionsRequest request) {
        if (request == null) {
            throw new InvalidField("body", "send the conditions as JSON");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.productionSteady() == null) {
            errors.add(new FieldError("productionSteady", "is required: true while production runs at a steady rate"));
        }
        if (request.reducedApproved() == null) {
            errors.add(new FieldError("reducedApproved", "is required: true when reduced inspection is approved"));
        }
        SwitchingKey key = key(request.itemCode(), request.supplierCode(), request.defectClass(), errors);
        Scheme scheme = request.scheme() == null ? Scheme.ISO_2859_1 : Scheme.byId(request.scheme())
                .orElseThrow(() -> new InvalidField("scheme", "must be ISO2859-1 or Z1.4"));
        return Panache.withTransaction(() -> states.conditions(key, scheme, request.productionSteady(), request.reducedApproved()))
                .map(record -> StateView.of(record, List.of()));
    }

    @POST
    @Path("resumption")
    @HonoursIdempotencyKey
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<StateView> resume(ResumptionRequest request) {
        if (request == null) {
            throw new InvalidField("body", "send the resumption as JSON");
        }
        List<FieldError> errors = new ArrayList<>();
        if (blankIsNull(request.reason()) == null) {
            errors.add(new FieldError("reason", "is required: the supplier's corrective action that makes resuming safe"));
        }
        String reason = atMost(request.reason(), NOTE, "reason", errors);
        SwitchingKey key = key(request.itemCode(), request.supplierCode(), request.defectClass(), errors);
        return Panache.withTransaction(() -> states.resume(key, reason, actor.get()))
                .map(record -> StateView.of(record, List.of()));
    }

    /** The key named by a request, or a 400 naming every wrong field, those the caller found included. */
    private static SwitchingKey key(String itemCode, String supplierCode, String defectClass, List<FieldError> errors) {
        required(itemCode, CODE, "itemCode", errors);
        atMost(supplierCode, CODE, "supplierCode", errors);
        String defect = defectClass == null ? "" : defectClass.trim().toUpperCase(Locale.ROOT);
        if (!DEFECT_CLASSES.contains(defect)) {
            errors.add(new FieldError("defectClass", "must be CRITICAL, MAJOR or MINOR"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return new SwitchingKey(itemCode.trim(), supplierCode == null ? "" : supplierCode.trim(), defect);
    }

    public record ConditionsRequest(String itemCode, String supplierCode, String defectClass, String scheme, Boolean productionSteady,
                                    Boolean reducedApproved) {
    }

    public record ResumptionRequest(String itemCode, String supplierCode, String defectClass, String reason) {
    }

    public record ChangeView(String from, String to, boolean discontinued, String reason, String inspectionLotId, Instant at, String by) {

        static ChangeView of(SwitchingChange change) {
            return new ChangeView(change.fromSeverity, change.toSeverity, change.discontinued, change.reason,
                    change.inspectionLotId == null ? null : change.inspectionLotId.toString(), change.changedAt, change.changedBy);
        }
    }

    public record StateView(String itemCode, String supplierCode, String defectClass, String scheme, String severity, int score,
                            int acceptedInRow, int notAcceptedOnTightened, boolean discontinued, boolean productionSteady,
                            boolean reducedApproved, List<ChangeView> changes) {

        static StateView of(SwitchingRecord record, List<ChangeView> changes) {
            return new StateView(record.itemCode, record.supplierCode, record.defectClass, record.scheme,
                    record.severity.toLowerCase(Locale.ROOT), record.score, record.acceptedInRow, record.notAcceptedOnTightened,
                    record.discontinued, record.productionSteady, record.reducedApproved, changes);
        }
    }
}
