package io.forgeline.quality.inspectionplan;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import static io.forgeline.platform.quantity.Decimals.tidy;

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

    InspectionPlanResource(InspectionPlanCatalog plans) {
        this.plans = plans;
    }

    @GET
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public Uni<List<PlanView>> forItem(@QueryParam("itemCode") @NotBlank(message = "is required") String itemCode,
            @QueryParam("type") String type) {
        return plans.activeFor(itemCode.trim(), Optional.ofNullable(type).map(InspectionPlanResource::inspectionType))
                .map(list -> list.stream().map(PlanView::of).toList());
    }

    private static InspectionType inspectionType(String type) {
        try {
            return InspectionType.valueOf(type.trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidField("type", "must be INCOMING, IN_PROCESS or FINAL");
        }
    }

    public record PlanView(UUID id, String code, String itemCode, InspectionType inspectionType,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal aql, String inspectionLevel,
                           List<CharacteristicView> characteristics) {

        static PlanView of(InspectionPlan plan) {
            return new PlanView(plan.id, plan.code, plan.itemCode, plan.inspectionType, tidy(plan.aql),
                    plan.inspectionLevel, plan.characteristics.stream().map(CharacteristicView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CharacteristicView(String code, String description,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nominal,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lowerLimit,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal upperLimit, String unit) {

        static CharacteristicView of(Characteristic c) {
            return new CharacteristicView(c.code, c.description, tidy(c.nominal), tidy(c.lowerLimit), tidy(c.upperLimit), c.unit);
        }
    }
}
