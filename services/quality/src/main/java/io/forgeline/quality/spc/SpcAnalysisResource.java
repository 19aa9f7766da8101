package io.forgeline.quality.spc;

import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A quality engineer's own data charted and tested. Nothing is stored but the answer to an Idempotency-Key, so
 * the same key with other data is refused like everywhere else.
 */
@Path("/api/quality/spc/analyses")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SpcAnalysisResource {

    @POST
    @HonoursIdempotencyKey
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<Analysis> analyse(AnalysisRequest request) {
        return Uni.createFrom().item(() -> {
            if (request == null) {
                throw new InvalidField("body", "send the chart and its data as JSON");
            }
            return Analyses.analyse(request);
        });
    }
}
