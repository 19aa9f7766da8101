package io.forgeline.warehouse.counting;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.paging.QueryValues;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Cycle counts: ordered per bin or ABC class, counted blind on the handheld, approved by a second person when far off. */
@Path("/api/warehouse/counts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"warehouse", "admin"})
public class CountResource {

    private final CycleCounts counts;
    private final CurrentActor actor;

    CountResource(CycleCounts counts, CurrentActor actor) {
        this.counts = counts;
        this.actor = actor;
    }

    /** 201 with a task per bin. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<List<CountView>>> order(@NotNull(message = "is required") CountOrder order,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return counts.order(order, Optional.ofNullable(idempotencyKey), actor.get())
                .map(tasks -> RestResponse.status(RestResponse.Status.CREATED, tasks.stream().map(CountView::of).toList()));
    }

    @GET
    public Uni<List<CountView>> list(@QueryParam("status") String status) {
        return counts.list(QueryValues.oneOf("status", status, CountStatus.class)).map(tasks -> tasks.stream().map(CountView::of).toList());
    }

    @GET
    @Path("{id}")
    public Uni<CountView> get(@PathParam("id") UUID id) {
        return counts.find(id).map(CountView::of);
    }

    /** The blind count of every line; 409 when counted before. */
    @POST
    @Path("{id}/count")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CountView> count(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") CountEntry entry,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return counts.count(id, entry, Optional.ofNullable(idempotencyKey), actor.get()).map(CountView::of);
    }

    /** A second person approves the differences beyond tolerance; 422 for the counter, 409 when nothing waits. */
    @POST
    @Path("{id}/approval")
    public Uni<CountView> approve(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return counts.approve(id, Optional.ofNullable(idempotencyKey), actor.get()).map(CountView::of);
    }
}
