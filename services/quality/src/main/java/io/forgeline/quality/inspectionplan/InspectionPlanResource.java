package io.forgeline.quality.inspectionplan;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import static io.forgeline.platform.quantity.Decimals.tidy;

import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/quality/inspection-plans")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionPlanResource {

    private final InspectionPlanCatalog plans;
    private final Items items;

    InspectionPlanResource(InspectionPlanCatalog plans, Items items) {
        this.plans = plans;
        this.items = items;
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
    public record PlanView(UUID id, String code, String itemCode, String itemDescription, InspectionType inspectionType,
                           String supplierCode, String scheme, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal aql,
                           String inspectionLevel, List<CharacteristicView> characteristics) {

        static PlanView of(InspectionPlan plan, String itemDescription) {
            return new PlanView(plan.id, plan.code, plan.itemCode, itemDescription, plan.inspectionType, plan.supplierCode, plan.scheme,
                    tidy(plan.aql), plan.inspectionLevel, plan.characteristics.stream().map(CharacteristicView::of).toList());
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
