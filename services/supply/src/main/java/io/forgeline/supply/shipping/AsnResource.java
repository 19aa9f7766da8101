package io.forgeline.supply.shipping;

import io.forgeline.supply.shipping.PartnerAsnResource.AsnView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;

/** Every supplier's ASNs, for buyers, planners and quality engineers: what is on its way, and from whom. */
@Path("/api/supply/asns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"buyer", "planner", "quality-engineer", "admin"})
public class AsnResource {

    private final ShippingNotices notices;

    AsnResource(ShippingNotices notices) {
        this.notices = notices;
    }

    /** Newest first (JSON array; {@code X-Total-Count}; {@code Link} rel=next while there are more). */
    @GET
    public Uni<Response> list(@QueryParam("supplierCode") String supplierCode, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size, @Context UriInfo uri) {
        return notices.list(Optional.ofNullable(supplierCode).filter(s -> !s.isBlank()), PartnerAsnResource.status(status), page, size)
                .map(found -> found.map(AsnView::of).response(uri));
    }

    @GET
    @Path("{id}")
    public Uni<AsnView> get(@PathParam("id") UUID id) {
        return notices.find(id).map(AsnView::of);
    }
}
