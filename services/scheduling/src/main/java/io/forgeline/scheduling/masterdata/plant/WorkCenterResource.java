package io.forgeline.scheduling.masterdata.plant;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** Work centers have no DELETE: routings and production history refer to them. */
@Path("/api/scheduling/work-centers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkCenterResource {

    private final PlantService plant;

    WorkCenterResource(PlantService plant) {
        this.plant = plant;
    }

    @GET
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<List<WorkCenterView>> list() {
        return plant.workCenters().map(list -> list.stream().map(WorkCenterView::of).toList());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<WorkCenterView> get(@PathParam("code") String code) {
        return plant.workCenter(code).map(WorkCenterView::of);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<WorkCenterView>> put(@PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") PutWorkCenter workCenter, @Context UriInfo uri) {
        return plant.putWorkCenter(code, workCenter).map(saved -> saved.created()
                ? RestResponse.ResponseBuilder.<WorkCenterView>created(uri.getAbsolutePath()).entity(WorkCenterView.of(saved.value())).build()
                : RestResponse.ok(WorkCenterView.of(saved.value())));
    }
}
