package io.forgeline.quality.results;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.quality.inspectionlot.LotView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** An inspector records results on a lot and sees the valuation as it stands (and the decision when they completed it). */
@Path("/api/quality/inspection-lots/{id}/results")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

    private final Results results;
    private final CurrentActor actor;

    ResultResource(Results results, CurrentActor actor) {
        this.results = results;
        this.actor = actor;
    }

    @POST
    @HonoursIdempotencyKey
    @RolesAllowed({"inspector", "quality-engineer", "admin"})
    public Uni<RestResponse<LotView>> record(@PathParam("id") UUID id, ResultRequest request) {
        if (request == null) {
            throw new InvalidField("body", "send the results as JSON");
        }
        return Panache.withTransaction(() -> results.record(id, request, actor.get()))
                .map(recorded -> RestResponse.status(RestResponse.Status.CREATED, LotView.of(recorded.lot(), recorded.decision().orElse(null))));
    }
}
