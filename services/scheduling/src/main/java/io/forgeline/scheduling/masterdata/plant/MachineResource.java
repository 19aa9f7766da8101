package io.forgeline.scheduling.masterdata.plant;

import io.forgeline.scheduling.masterdata.Codes;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/** Machines have no DELETE: schedules and production history refer to them. */
@Path("/api/scheduling/machines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MachineResource {

    private final PlantService plant;

    MachineResource(PlantService plant) {
        this.plant = plant;
    }

    @GET
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<List<MachineView>> list(@QueryParam("workCenter") String workCenter) {
        return plant.machines(Optional.ofNullable(Codes.orNull(workCenter)))
                .map(list -> list.stream().map(MachineView::of).toList());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<MachineView> get(@PathParam("code") String code) {
        return plant.machine(code).map(MachineView::of);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<MachineView>> put(@PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") PutMachine machine, @Context UriInfo uri) {
        return plant.putMachine(code, machine).map(saved -> saved.created()
                ? RestResponse.ResponseBuilder.<MachineView>created(uri.getAbsolutePath()).entity(MachineView.of(saved.value())).build()
                : RestResponse.ok(MachineView.of(saved.value())));
    }
}
