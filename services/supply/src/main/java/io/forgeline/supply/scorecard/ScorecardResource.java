package io.forgeline.supply.scorecard;

import io.forgeline.supply.scorecard.Scorecards.Scorecard;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** Buyers compare their suppliers: every supplier's scorecard, or one's ({@code supplierCode}). */
@Path("/api/supply/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"buyer", "planner", "quality-engineer", "admin"})
public class ScorecardResource {

    private final Scorecards scorecards;

    ScorecardResource(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    public Uni<Suppliers> all(@QueryParam("supplierCode") String supplierCode, @QueryParam("months") String months) {
        return scorecards.all(Optional.ofNullable(supplierCode).filter(code -> !code.isBlank()), Scorecards.months(months)).map(Suppliers::new);
    }

    /** The answer's shape: {@code {"suppliers": [...]}}, room for totals later. */
    public record Suppliers(List<Scorecard> suppliers) {
    }
}
