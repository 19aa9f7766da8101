package io.forgeline.warehouse.receiving;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** The dock: what is expected, receiving by scan, and receipts to read back. */
@Path("/api/warehouse/receipts")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    private final Receiving receiving;
    private final DockList dock;
    private final RfidPortal portal;
    private final CurrentActor actor;

    ReceiptResource(Receiving receiving, DockList dock, RfidPortal portal, CurrentActor actor) {
        this.portal = portal;
        this.receiving = receiving;
        this.dock = dock;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"warehouse", "admin"})
    public Uni<RestResponse<ReceiptView>> receive(@Valid @NotNull(message = "is required") ReceiptRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return receiving.receive(request, Optional.ofNullable(idempotencyKey), actor.get())
                .map(receipt -> RestResponse.ResponseBuilder.<ReceiptView>created(
                        uri.getBaseUriBuilder().path("api/warehouse/receipts").path(receipt.id.toString()).build())
                        .entity(ReceiptView.of(receipt)).build());
    }

    /**
     * An RFID portal's read at the dock door: {@code {"asnId":"…","reads":["3114…", "urn:epc:tag:sscc-96:…", …]}}. Every
     * announced handling unit read is received as announced; the answer says what was received, what had been before,
     * what is missing, unexpected or unreadable.
     */
    @POST
    @Path("rfid")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"warehouse", "admin"})
    public Uni<PortalReadView> rfid(@Valid @NotNull(message = "is required") PortalReadRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return portal.read(request.asnId(), request.reads(), Optional.ofNullable(idempotencyKey), actor.get());
    }

    /** @param reads the tags as the portal reported them, each as often as it was read */
    public record PortalReadRequest(@NotNull(message = "is required") UUID asnId,
                                    @NotEmpty(message = "needs at least one read") List<@NotNull(message = "may not be null") String> reads) {
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"warehouse", "inspector", "quality-engineer", "admin"})
    public Uni<ReceiptView> receipt(@PathParam("id") UUID id) {
        return receiving.find(id).map(ReceiptView::of);
    }

    /** The open ASN announcing the scanned handling unit ({@code scannedSscc} names it), before it is received; 404 when on none. */
    @GET
    @Path("expected")
    @RolesAllowed({"warehouse", "admin"})
    public Uni<ExpectedView> expected(@QueryParam("scan") @NotBlank(message = "is required") String scan) {
        return receiving.expected(scan).flatMap(found -> dock.view(found.asn()).map(view -> view.scanned(found.unit().key.sscc())));
    }
}
