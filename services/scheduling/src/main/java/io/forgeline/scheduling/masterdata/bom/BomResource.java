package io.forgeline.scheduling.masterdata.bom;

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

@Path("/api/scheduling/items/{code}/bom")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BomResource {

    private final BomService boms;

    BomResource(BomService boms) {
        this.boms = boms;
    }

    @GET
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<List<BomComponent>> get(@PathParam("code") String code) {
        return boms.bom(code).map(lines -> lines.stream().map(BomComponent::of).toList());
    }

    /** Replaces the whole list; an empty list makes the item a leaf. */
    @PUT
    @RolesAllowed({"planner", "admin"})
    public Uni<List<BomComponent>> put(@PathParam("code") String code, List<BomComponent> components) {
        return boms.replace(code, components).map(lines -> lines.stream().map(BomComponent::of).toList());
    }
}
