package io.forgeline.execution.consumption;

import io.forgeline.execution.terminal.Acting;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** The terminal's material scans on an operation. Retrying with the same Idempotency-Key answers like the first call. */
@Path("/api/execution/operations/{orderId}/{sequence}/consumptions")
@Produces(MediaType.APPLICATION_JSON)
public class ConsumptionResource {

    private final MaterialConsumptions consumptions;
    private final CurrentActor actor;

    ConsumptionResource(MaterialConsumptions consumptions, CurrentActor actor) {
        this.consumptions = consumptions;
        this.actor = actor;
    }

    /** {@code {"scan":"…","quantity":"…"}} → 201, 409 when the operation is not under way, 422 naming why the material may not go in. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<RestResponse<ConsumptionView>> consume(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence,
            ConsumeMaterial request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @HeaderParam(Acting.HEADER) String terminal, @Context UriInfo uri) {
        return consumptions.consume(orderId, sequence, request, Optional.ofNullable(idempotencyKey), Acting.at(actor.get(), terminal))
                .map(consumed -> RestResponse.ResponseBuilder.<ConsumptionView>created(
                        uri.getAbsolutePathBuilder().path(consumed.id.toString()).build()).entity(ConsumptionView.of(consumed)).build());
    }

    /** What went into the operation, oldest first. Quality engineers read it tracing a lot. */
    @GET
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<List<ConsumptionView>> list(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence) {
        return consumptions.of(orderId, sequence).map(list -> list.stream().map(ConsumptionView::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<ConsumptionView> one(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence, @PathParam("id") UUID id) {
        return consumptions.find(orderId, sequence, id).map(ConsumptionView::of);
    }
}
