package io.forgeline.supply.shipping;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.paging.Paged;
import io.forgeline.platform.partner.PartnerScope;
import io.forgeline.platform.paging.QueryValues;
import io.forgeline.labels.LabelPdf;
import io.forgeline.labels.LabelZpl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Partner API: a supplier's system announces what it ships (ASNs), replaces or cancels them, and reads its own. */
@Path("/partner/v1/asns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("supplier")
public class PartnerAsnResource {

    private final ShippingNotices notices;
    private final AsnLabels labels;
    private final PartnerScope partner;
    private final CurrentActor actor;

    PartnerAsnResource(ShippingNotices notices, AsnLabels labels, PartnerScope partner, CurrentActor actor) {
        this.notices = notices;
        this.labels = labels;
        this.partner = partner;
        this.actor = actor;
    }

    /** 201 with the accepted ASN; 400, 409 or 422 naming each field as a JSON pointer, and nothing accepted. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<AsnView>> submit(AsnDocument document, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return notices.submit(partner.supplier(), document, Optional.ofNullable(idempotencyKey), actor.get())
                .map(asn -> RestResponse.ResponseBuilder.<AsnView>created(uri.getAbsolutePathBuilder().path(asn.id().toString()).build())
                        .entity(AsnView.of(asn)).build());
    }

    /** The caller's ASNs, newest first (JSON array; {@code X-Total-Count}; {@code Link} rel=next while there are more). */
    @GET
    public Uni<Response> list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size, @Context UriInfo uri) {
        return notices.list(Optional.of(partner.supplier()), status(status), page, size)
                .map(found -> found.map(AsnView::of).response(uri));
    }

    @GET
    @Path("{id}")
    public Uni<AsnView> get(@PathParam("id") UUID id) {
        return notices.get(partner.supplier(), id).map(AsnView::of);
    }

    /** Replaces an open ASN whole (the next revision); 409 once received or cancelled. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<AsnView> replace(@PathParam("id") UUID id, AsnDocument document) {
        return notices.replace(partner.supplier(), id, document, actor.get()).map(AsnView::of);
    }

    @POST
    @HonoursIdempotencyKey
    @Path("{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    public Uni<AsnView> cancel(@PathParam("id") UUID id) {
        return notices.cancel(partner.supplier(), id).map(AsnView::of);
    }

    /**
     * The SSCC labels of the ASN's handling units, one each: a PDF of 4 × 6 inch pages for any printer, or ZPL for a
     * Zebra label printer ({@code format=zpl}).
     */
    @GET
    @Path("{id}/labels")
    @Produces({"application/pdf", MediaType.TEXT_PLAIN})
    public Uni<Response> labels(@PathParam("id") UUID id, @QueryParam("format") String format) {
        LabelFormat as = QueryValues.oneOf("format", format, LabelFormat.class).orElse(LabelFormat.PDF);
        return labels.of(partner.supplier(), id)
                .emitOn(Infrastructure.getDefaultWorkerPool()) // drawing is CPU work: not on the event loop
                .map(shown -> as == LabelFormat.ZPL
                        ? Response.ok(LabelZpl.zpl(shown), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build()
                        : Response.ok(LabelPdf.pdf(shown), "application/pdf")
                                .header("Content-Disposition", "inline; filename=\"sscc-labels-" + id + ".pdf\"").build());
    }

    enum LabelFormat { PDF, ZPL }

    static Optional<AsnStatus> status(String status) {
        return QueryValues.oneOf("status", status, AsnStatus.class);
    }

    /** An accepted ASN as its supplier and our buyers read it. */
    public record AsnView(UUID id, String asnNumber, String supplierCode, AsnStatus status, LocalDate shipDate, Instant expectedArrival,
                          String carrier, int revision, Instant acceptedAt, Instant cancelledAt, Instant receivedAt,
                          List<HandlingUnit> handlingUnits) {

        static AsnView of(Asn asn) {
            return new AsnView(asn.id(), asn.asnNumber(), asn.supplierCode(), asn.status(), asn.shipDate(), asn.expectedArrival(), asn.carrier(),
                    asn.revision(), asn.acceptedAt(), asn.cancelledAt(), asn.receivedAt(), asn.handlingUnits());
        }
    }
}
