package io.forgeline.quality.inspectionplan;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import static io.forgeline.platform.quantity.Decimals.tidy;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.UUID;

@Path("/api/quality/inspection-plans")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionPlanResource {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final InspectionPlanCatalog plans;
    private final PlanRevisions revisions;
    private final Items items;
    private final CurrentActor actor;

    InspectionPlanResource(InspectionPlanCatalog plans, PlanRevisions revisions, Items items, CurrentActor actor) {
        this.plans = plans;
        this.revisions = revisions;
        this.items = items;
        this.actor = actor;
    }

    /**
     * Writes a plan: 201 for a new code, 200 with the next revision when the content differs from the newest, 200 with
     * the newest unchanged when it is the same (sending again changes nothing). {@code If-Match: "<revision>"} refuses
     * with 409 when someone saved another revision since.
     */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<RestResponse<PlanView>> save(@PathParam("code") String code, PlanRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidField("body", "send the plan as JSON");
        }
        String planCode = checkedCode(code);
        return revisions.save(planCode, request, revision(ifMatch), actor.get())
                .flatMap(saved -> described(saved.plan()).map(view -> (saved.created()
                        ? RestResponse.ResponseBuilder.<PlanView>created(uri.getAbsolutePath())
                        : RestResponse.ResponseBuilder.<PlanView>ok()).entity(view).tag(String.valueOf(view.revision())).build()));
    }

    /** The newest revision, active or retired, with its revision as the ETag. */
    @GET
    @Path("{code}")
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public Uni<RestResponse<PlanView>> one(@PathParam("code") String code) {
        return revisions.newestOf(checkedCode(code)).flatMap(this::described)
                .map(view -> RestResponse.ResponseBuilder.ok(view).tag(String.valueOf(view.revision())).build());
    }

    /** Every revision of a plan, the first one first: who changed what, when and why. */
    @GET
    @Path("{code}/revisions")
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public Uni<List<PlanView>> revisions(@PathParam("code") String code) {
        return revisions.revisionsOf(checkedCode(code)).flatMap(list -> items.find(list.get(0).itemCode)
                .map(item -> list.stream().map(plan -> PlanView.of(plan, item.map(i -> i.description).orElse(null))).toList()));
    }

    /** Retires a plan: no goods are inspected by it from now on; its revisions stay readable. */
    @DELETE
    @Path("{code}")
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<PlanView> retire(@PathParam("code") String code) {
        return revisions.retire(checkedCode(code), actor.get()).flatMap(this::described);
    }

    private Uni<PlanView> described(InspectionPlan plan) {
        return items.find(plan.itemCode).map(item -> PlanView.of(plan, item.map(i -> i.description).orElse(null)));
    }

    private static String checkedCode(String code) {
        if (code == null || !CODE.matcher(code.trim()).matches()) {
            throw new InvalidField("code", "a plan code is 1 to 64 letters, digits, dots, dashes or underscores");
        }
        return code.trim();
    }

    private static OptionalInt revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalInt.empty();
        }
        String bare = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return OptionalInt.of(Integer.parseInt(bare));
        } catch (NumberFormatException notARevision) {
            throw new InvalidField("If-Match", "names the revision you edited, e.g. \"3\"");
        }
    }

    @GET
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public Uni<List<PlanView>> forItem(@QueryParam("itemCode") @NotBlank(message = "is required") String itemCode,
            @QueryParam("type") String type) {
        String code = itemCode.trim();
        return plans.activeFor(code, Optional.ofNullable(type).map(InspectionPlanResource::inspectionType))
                .flatMap(list -> items.find(code).map(item -> list.stream()
                        .map(plan -> PlanView.of(plan, item.map(i -> i.description).orElse(null)))
                        .toList()));
    }

    private static InspectionType inspectionType(String type) {
        try {
            return InspectionType.valueOf(type.trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidField("type", "must be INCOMING, IN_PROCESS or FINAL");
        }
    }

    /** {@code itemDescription} comes from the item master copy: null while scheduling has not published the item. */
    public record PlanView(UUID id, String code, int revision, boolean active, String itemCode, String itemDescription,
                           InspectionType inspectionType, String supplierCode, Integer operationSequence, String scheme,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal aql, String inspectionLevel,
                           List<CharacteristicView> characteristics, String note, Instant createdAt, String createdBy,
                           Instant retiredAt, String retiredBy) {

        static PlanView of(InspectionPlan plan, String itemDescription) {
            return new PlanView(plan.id, plan.code, plan.revision, plan.active, plan.itemCode, itemDescription, plan.inspectionType,
                    plan.supplierCode, plan.operationSequence, plan.scheme, tidy(plan.aql), plan.inspectionLevel,
                    plan.characteristics.stream().map(CharacteristicView::of).toList(), plan.note, plan.createdAt, plan.createdBy,
                    plan.retiredAt, plan.retiredBy);
        }
    }

    /**
     * A characteristic with how it is judged ({@code kind}), its defect class and its sampling: by AQL and level (empty
     * ones are the plan's), a fixed sample, or all units.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CharacteristicView(String code, String description,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nominal,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lowerLimit,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal upperLimit, String unit,
                                     CharacteristicKind kind, DefectClass defectClass, SamplingMethod sampling,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal aql, String inspectionLevel,
                                     Integer fixedSample, String gauge) {

        static CharacteristicView of(Characteristic c) {
            return new CharacteristicView(c.code, c.description, tidy(c.nominal), tidy(c.lowerLimit), tidy(c.upperLimit), c.unit,
                    c.kind, c.defectClass, c.sampling, tidy(c.aql), c.inspectionLevel, c.fixedSample, c.gauge);
        }
    }
}
