package io.forgeline.scheduling.masterdata.setups;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/scheduling/family-setups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FamilySetupResource {

    private final FamilySetupService setups;

    FamilySetupResource(FamilySetupService setups) {
        this.setups = setups;
    }

    @GET
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<List<Changeover>> get() {
        return setups.matrix();
    }

    @PUT
    @RolesAllowed({"planner", "admin"})
    public Uni<List<Changeover>> put(List<Changeover> setups) {
        return this.setups.replace(setups);
    }
}
