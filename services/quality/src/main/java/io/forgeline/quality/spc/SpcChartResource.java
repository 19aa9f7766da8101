package io.forgeline.quality.spc;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A characteristic's control chart from the measurements inspections recorded (the latest 125, as an individuals
 * chart), and freezing its phase-I limits: GET …/charts?itemCode=&characteristic=, POST …/charts/baseline.
 */
@Path("/api/quality/spc/charts")
@Produces(MediaType.APPLICATION_JSON)
public class SpcChartResource {

    private final ControlCharts charts;
    private final CurrentActor actor;

    SpcChartResource(ControlCharts charts, CurrentActor actor) {
        this.charts = charts;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public Uni<Analysis> chart(@QueryParam("itemCode") String itemCode, @QueryParam("characteristic") String characteristic) {
        Series series = series(itemCode, characteristic);
        return Panache.withSession(() -> charts.chart(series));
    }

    /** Freezes the chart's current limits (at least 20 points) as the baseline later points are judged against. */
    @POST
    @Path("baseline")
    @HonoursIdempotencyKey
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<BaselineView> freeze(@QueryParam("itemCode") String itemCode, @QueryParam("characteristic") String characteristic) {
        Series series = series(itemCode, characteristic);
        return Panache.withTransaction(() -> charts.freeze(series, actor.get())).map(BaselineView::of);
    }

    private static Series series(String itemCode, String characteristic) {
        List<FieldError> errors = new ArrayList<>();
        if (itemCode == null || itemCode.isBlank()) {
            errors.add(new FieldError("itemCode", "is required"));
        }
        if (characteristic == null || characteristic.isBlank()) {
            errors.add(new FieldError("characteristic", "is required: the plan's characteristic code, e.g. BORE"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return new Series(itemCode.trim(), characteristic.trim());
    }

    public record BaselineView(String itemCode, String characteristic, double center, double sigma, int points, Instant frozenAt,
                               String frozenBy) {

        static BaselineView of(Baseline baseline) {
            return new BaselineView(baseline.itemCode, baseline.characteristic, baseline.center, baseline.sigma, baseline.points,
                    baseline.frozenAt, baseline.frozenBy);
        }
    }
}
