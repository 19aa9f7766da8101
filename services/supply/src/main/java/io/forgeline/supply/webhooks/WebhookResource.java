package io.forgeline.supply.webhooks;

import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.supply.webhooks.WebhookViews.DeliveryView;
import io.forgeline.supply.webhooks.WebhookViews.EndpointView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Buyers see every supplier's webhook endpoints and delivery logs, and replay a message a supplier missed. */
@Path("/api/supply/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final Webhooks webhooks;

    WebhookResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @RolesAllowed({"buyer", "admin"})
    public Uni<List<EndpointView>> list(@QueryParam("supplierCode") String supplierCode) {
        return webhooks.endpoints(Optional.ofNullable(supplierCode).filter(s -> !s.isBlank()))
                .map(all -> all.stream().map(e -> EndpointView.of(e, null)).toList());
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({"buyer", "admin"})
    public Uni<List<DeliveryView>> deliveries(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "must be at least 1") @Max(value = 200, message = "must be at most 200") int limit) {
        return webhooks.deliveries(Optional.empty(), id, limit).map(log -> log.stream().map(DeliveryView::of).toList());
    }

    @POST
    @HonoursIdempotencyKey
    @Path("deliveries/{deliveryId}/replay")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"buyer", "admin"})
    public Uni<DeliveryView> replay(@PathParam("deliveryId") UUID deliveryId) {
        return webhooks.replay(Optional.empty(), deliveryId).map(DeliveryView::of);
    }
}
