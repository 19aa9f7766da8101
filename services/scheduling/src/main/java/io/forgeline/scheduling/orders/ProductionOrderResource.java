package io.forgeline.scheduling.orders;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/scheduling/production-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductionOrderResource {

    private final ProductionOrders orders;
    private final OrderRelease releasing;
    private final OrderCancellation cancellation;
    private final CurrentActor actor;

    ProductionOrderResource(ProductionOrders orders, OrderRelease releasing, OrderCancellation cancellation, CurrentActor actor) {
        this.orders = orders;
        this.releasing = releasing;
        this.cancellation = cancellation;
        this.actor = actor;
    }

    /** Releases an order. Retrying with the same Idempotency-Key returns the order the first call created. */
    @POST
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<OrderView>> release(@Valid @NotNull(message = "a JSON body is required") ReleaseOrder command,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return releasing.release(command, Optional.ofNullable(idempotencyKey), actor.get())
                .map(order -> RestResponse.ResponseBuilder.<OrderView>created(uri.getAbsolutePathBuilder().path(order.id().toString()).build())
                        .entity(OrderView.of(order))
                        .build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<OrderView> get(@PathParam("id") UUID id) {
        return orders.find(id).map(OrderView::of);
    }

    /** Releases an order created as PLANNED (409 for any other state). */
    @POST
    @HonoursIdempotencyKey
    @Path("{id}/release")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"planner", "admin"})
    public Uni<OrderView> releasePlanned(@PathParam("id") UUID id) {
        return releasing.releasePlanned(id, actor.get()).map(OrderView::of);
    }

    /** Cancels an order that has not started on the floor (409 otherwise). */
    @POST
    @HonoursIdempotencyKey
    @Path("{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"planner", "admin"})
    public Uni<OrderView> cancel(@PathParam("id") UUID id) {
        return cancellation.cancel(id, actor.get()).map(OrderView::of);
    }

    @GET
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<List<OrderView>> list(@QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "must be at least 1")
            @Max(value = 1000, message = "must be at most 1000") int limit) {
        return orders.recent(Optional.ofNullable(status).map(ProductionOrderResource::status), limit)
                .map(list -> list.stream().map(OrderView::of).toList());
    }

    private static OrderStatus status(String status) {
        try {
            return OrderStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidField("status", "must be one of " + java.util.Arrays.toString(OrderStatus.values()));
        }
    }
}
