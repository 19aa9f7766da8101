package io.forgeline.supply.webhooks;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.partner.PartnerScope;
import io.forgeline.supply.webhooks.WebhookViews.DeliveryView;
import io.forgeline.supply.webhooks.WebhookViews.EndpointView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Partner API: a supplier's webhook endpoints, their delivery logs and replays. */
@Path("/partner/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("supplier")
public class PartnerWebhookResource {

    private final Webhooks webhooks;
    private final PartnerScope partner;
    private final CurrentActor actor;

    PartnerWebhookResource(Webhooks webhooks, PartnerScope partner, CurrentActor actor) {
        this.webhooks = webhooks;
        this.partner = partner;
        this.actor = actor;
    }

    /** 201 with the endpoint and its {@code secret} ({@code whsec_...}), shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<EndpointView>> register(RegisterWebhook command, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return webhooks.register(partner.supplier(), command, Optional.ofNullable(idempotencyKey), actor.get())
                .map(r -> RestResponse.ResponseBuilder.<EndpointView>created(uri.getAbsolutePathBuilder().path(r.endpoint().id().toString()).build())
                        .entity(EndpointView.of(r.endpoint(), r.secret())).build());
    }

    @GET
    public Uni<List<EndpointView>> list() {
        return webhooks.endpoints(Optional.of(partner.supplier())).map(all -> all.stream().map(e -> EndpointView.of(e, null)).toList());
    }

    @GET
    @Path("{id}")
    public Uni<EndpointView> get(@PathParam("id") UUID id) {
        return webhooks.endpoint(partner.supplier(), id).map(e -> EndpointView.of(e, null));
    }

    @DELETE
    @Path("{id}")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return webhooks.delete(partner.supplier(), id);
    }

    /** A new secret (answered once); the old one keeps signing for a day, so the receiver can switch without a gap. */
    @POST
    @HonoursIdempotencyKey
    @Path("{id}/secret-rotation")
    @Consumes(MediaType.WILDCARD)
    public Uni<EndpointView> rotate(@PathParam("id") UUID id) {
        return webhooks.rotate(partner.supplier(), id).map(r -> EndpointView.of(r.endpoint(), r.secret()));
    }

    /** A disabled endpoint takes deliveries again, the waiting ones first. */
    @POST
    @HonoursIdempotencyKey
    @Path("{id}/enable")
    @Consumes(MediaType.WILDCARD)
    public Uni<EndpointView> enable(@PathParam("id") UUID id) {
        return webhooks.enable(partner.supplier(), id).map(e -> EndpointView.of(e, null));
    }

    /** The newest messages to the endpoint, each with every attempt (when, status code, latency, error). */
    @GET
    @Path("{id}/deliveries")
    public Uni<List<DeliveryView>> deliveries(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "must be at least 1") @Max(value = 200, message = "must be at most 200") int limit) {
        return webhooks.deliveries(Optional.of(partner.supplier()), id, limit).map(log -> log.stream().map(DeliveryView::of).toList());
    }

    /** Sends a message again with its webhook-id (a receiver that got it drops the repeat). */
    @POST
    @HonoursIdempotencyKey
    @Path("deliveries/{deliveryId}/replay")
    @Consumes(MediaType.WILDCARD)
    public Uni<DeliveryView> replay(@PathParam("deliveryId") UUID deliveryId) {
        return webhooks.replay(Optional.of(partner.supplier()), deliveryId).map(DeliveryView::of);
    }
}
