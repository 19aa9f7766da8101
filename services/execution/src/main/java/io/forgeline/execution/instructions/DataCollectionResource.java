package io.forgeline.execution.instructions;

import io.forgeline.execution.terminal.Acting;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** The terminal's data collection on an operation. Retrying with the same Idempotency-Key answers like the first call. */
@Path("/api/execution/operations/{orderId}/{sequence}/data")
@Produces(MediaType.APPLICATION_JSON)
public class DataCollectionResource {

    private final DataCollection collection;
    private final CurrentActor actor;

    DataCollectionResource(DataCollection collection, CurrentActor actor) {
        this.collection = collection;
        this.actor = actor;
    }

    /** {@code {"values":[{"field","value"},{"field","checked"}]}} → 201 {@code {"collected":[…]}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<RestResponse<Collected>> collect(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence, CollectData request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @HeaderParam(Acting.HEADER) String terminal) {
        return collection.collect(orderId, sequence, request, Optional.ofNullable(idempotencyKey), Acting.at(actor.get(), terminal))
                .map(values -> RestResponse.status(RestResponse.Status.CREATED, new Collected(values.stream().map(CollectedView::of).toList())));
    }

    public record Collected(List<CollectedView> collected) {
    }
}
