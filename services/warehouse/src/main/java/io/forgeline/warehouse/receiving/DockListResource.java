package io.forgeline.warehouse.receiving;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The dock's list of what is coming. */
@Path("/api/warehouse/asns")
@Produces(MediaType.APPLICATION_JSON)
public class DockListResource {

    private final DockList dock;

    DockListResource(DockList dock) {
        this.dock = dock;
    }

    /** Open ASNs by expected arrival, each handling unit marked when it is in. */
    @GET
    @RolesAllowed({"warehouse", "admin"})
    public Uni<List<ExpectedView>> expectedAsns() {
        return dock.open();
    }
}
