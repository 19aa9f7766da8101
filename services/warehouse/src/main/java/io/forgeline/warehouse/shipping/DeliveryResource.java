package io.forgeline.warehouse.shipping;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.paging.QueryValues;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Outbound deliveries: sent by the ERP, picked and packed by clerks, shipped. */
@Path("/api/warehouse/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"warehouse", "admin"})
public class DeliveryResource {

    private final Deliveries deliveries;
    private final CustomerAdvice advice;
    private final CurrentActor actor;

    DeliveryResource(Deliveries deliveries, CustomerAdvice advice, CurrentActor actor) {
        this.deliveries = deliveries;
        this.advice = advice;
        this.actor = actor;
    }

    /** 201 with its pick tasks to the shipping bin; 422 naming each line free stock cannot cover, nothing written. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<DeliveryView>> create(@Valid @NotNull(message = "a JSON body is required") DeliveryRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return deliveries.create(request, Optional.ofNullable(idempotencyKey), actor.get())
                .flatMap(delivery -> deliveries.view(delivery.id))
                .map(view -> RestResponse.ResponseBuilder.<DeliveryView>created(URI.create("/api/warehouse/deliveries/" + view.id())).entity(view).build());
    }

    @GET
    public Uni<List<DeliveryView>> list(@QueryParam("status") String status) {
        return deliveries.views(QueryValues.oneOf("status", status, DeliveryStatus.class));
    }

    @GET
    @Path("{id}")
    public Uni<DeliveryView> get(@PathParam("id") UUID id) {
        return deliveries.view(id);
    }

    /** 201 with the new handling unit: everything picked that waits, or the contents named. */
    @POST
    @Path("{id}/packages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<DeliveryView.PackageView>> pack(@PathParam("id") UUID id, @Valid PackRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return deliveries.pack(id, request == null ? PackRequest.EVERYTHING : request, Optional.ofNullable(idempotencyKey), actor.get())
                .map(unit -> RestResponse.ResponseBuilder.<DeliveryView.PackageView>created(URI.create("/api/warehouse/handling-units/" + unit.sscc))
                        .entity(DeliveryView.packageOf(unit, null)).build());
    }

    /** 201 with the pallet's SSCC and the delivery: packed cartons put onto a new pallet, whose label lists their content. */
    @POST
    @Path("{id}/pallets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<DeliveryView>> palletise(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") PalletRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return deliveries.palletise(id, request, Optional.ofNullable(idempotencyKey), actor.get())
                .flatMap(pallet -> deliveries.view(id).map(view -> RestResponse.ResponseBuilder.<DeliveryView>created(
                        URI.create("/api/warehouse/handling-units/" + pallet)).entity(view).build()));
    }

    /** 201 with the shipped delivery; 422 while picks are open or picked goods wait to be packed, 409 once shipped. */
    @POST
    @Path("{id}/shipment")
    public Uni<RestResponse<DeliveryView>> ship(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return deliveries.ship(id, Optional.ofNullable(idempotencyKey), actor.get())
                .flatMap(delivery -> deliveries.view(delivery.id))
                .map(view -> RestResponse.status(RestResponse.Status.CREATED, view));
    }

    /** The customer's EDIFACT DESADV of the shipment (ISO 8859-1); 409 before it is shipped. */
    @GET
    @Path("{id}/desadv")
    @Produces("application/EDIFACT")
    public Uni<RestResponse<byte[]>> despatchAdvice(@PathParam("id") UUID id) {
        return advice.of(id).map(bytes -> RestResponse.ResponseBuilder.ok(bytes).type("application/EDIFACT; charset=ISO-8859-1").build());
    }
}
