package io.forgeline.scheduling.masterdata.calendars;

import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.scheduling.masterdata.calendars.ClosureService.Owner;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Planned maintenance of one machine; its breakdowns (reported by execution) are listed too. */
@Path("/api/scheduling/machines/{code}/closures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MachineClosureResource {

    private final ClosureService closures;

    MachineClosureResource(ClosureService closures) {
        this.closures = closures;
    }

    @GET
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<List<ClosureView>> list(@PathParam("code") String code) {
        return closures.list(Owner.MACHINE, code).map(list -> list.stream().map(ClosureView::of).toList());
    }

    @POST
    @HonoursIdempotencyKey
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<ClosureView>> add(@PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") NewClosure closure, @Context UriInfo uri) {
        return closures.add(Owner.MACHINE, code, closure).map(saved -> RestResponse.ResponseBuilder
                .<ClosureView>created(uri.getAbsolutePathBuilder().path(saved.id.toString()).build())
                .entity(ClosureView.of(saved)).build());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({"planner", "admin"})
    public Uni<Void> remove(@PathParam("code") String code, @PathParam("id") UUID id) {
        return closures.remove(Owner.MACHINE, code, id);
    }
}
