package io.forgeline.scheduling.masterdata.routing;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/scheduling/items/{code}/routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingResource {

    private final RoutingService routings;

    RoutingResource(RoutingService routings) {
        this.routings = routings;
    }

    @GET
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<List<RoutingStep>> get(@PathParam("code") String code) {
        return routings.routing(code);
    }

    /** Replaces the whole list of operations: sequences, work centers and eligible machines together. */
    @PUT
    @RolesAllowed({"planner", "admin"})
    public Uni<List<RoutingStep>> put(@PathParam("code") String code, List<RoutingStep> operations) {
        return routings.replace(code, operations);
    }
}
