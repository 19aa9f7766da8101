package io.forgeline.quality.sampling;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sampling plan for a lot, straight from the tables: what an inspector or a quality engineer looks up before
 * a lot has a record (an inspection lot takes its severity from the switching state instead).
 */
@Path("/api/quality/sampling-plans")
@Produces(MediaType.APPLICATION_JSON)
public class SamplingPlanResource {

    @GET
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public PlanView plan(@QueryParam("lotSize") String lotSize, @QueryParam("aql") String aql,
            @QueryParam("inspectionLevel") String inspectionLevel, @QueryParam("severity") String severity,
            @QueryParam("scheme") String scheme) {
        List<FieldError> errors = new ArrayList<>();
        Long lot = lotSize(lotSize, errors);
        Aql limit = aql(aql, errors);
        InspectionLevel level = choice("inspectionLevel", inspectionLevel, InspectionLevel.II, InspectionLevel.byId(inspectionLevel),
                "I, II, III, S-1, S-2, S-3 or S-4", errors);
        Severity chosenSeverity = choice("severity", severity, Severity.NORMAL, Severity.byId(severity), "normal, tightened or reduced", errors);
        Scheme chosenScheme = choice("scheme", scheme, Scheme.ISO_2859_1, Scheme.byId(scheme), "ISO2859-1 or Z1.4", errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return PlanView.of(SamplingEngine.plan(lot, limit, level, chosenSeverity, chosenScheme), level);
    }

    private static Long lotSize(String given, List<FieldError> errors) {
        if (given == null || given.isBlank()) {
            errors.add(new FieldError("lotSize", "is required"));
            return null;
        }
        try {
            long lot = Long.parseLong(given.trim());
            if (lot >= 1) {
                return lot;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        errors.add(new FieldError("lotSize", "must be a whole number of units, 1 or more"));
        return null;
    }

    private static Aql aql(String given, List<FieldError> errors) {
        if (given == null || given.isBlank()) {
            errors.add(new FieldError("aql", "is required"));
            return null;
        }
        try {
            Optional<Aql> aql = Aql.of(new BigDecimal(given.trim()));
            if (aql.isPresent()) {
                return aql.get();
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        errors.add(new FieldError("aql", "must be one of the standards' AQLs: " + Aql.series()));
        return null;
    }

    private static <T> T choice(String field, String given, T byDefault, Optional<T> read, String allowed, List<FieldError> errors) {
        if (given == null || given.isBlank()) {
            return byDefault;
        }
        if (read.isEmpty()) {
            errors.add(new FieldError(field, "must be " + allowed));
        }
        return read.orElse(byDefault);
    }

    /**
     * {@code codeLetter} is Table 1's letter before any arrow, {@code sampleSize} the n of the plan the arrows lead to
     * (it may exceed the lot), {@code inspectQuantity} = min(n, lot size); Ac and Re are the plan's, unchanged when the
     * whole lot is inspected.
     */
    public record PlanView(String codeLetter, String planLetter, int sampleSize, long inspectQuantity, int acceptance, int rejection,
                           boolean wholeLot, String scheme, String severity, String inspectionLevel, BigDecimal aql) {

        static PlanView of(SamplingPlan plan, InspectionLevel level) {
            return new PlanView(String.valueOf(plan.codeLetter()), String.valueOf(plan.planLetter()), plan.sampleSize(),
                    plan.inspectQuantity(), plan.acceptance(), plan.rejection(), plan.wholeLot(), plan.scheme().id(),
                    plan.severity().id(), level.id(), plan.aql().value());
        }
    }
}
