package io.forgeline.warehouse.handlingunits;

import io.forgeline.ident.key.Sscc;
import io.forgeline.labels.LabelFormat;
import io.forgeline.labels.LabelImage;
import io.forgeline.labels.LabelPdf;
import io.forgeline.labels.LabelZpl;
import io.forgeline.platform.paging.QueryValues;
import io.forgeline.platform.quantity.Quantity;
import io.forgeline.warehouse.stock.StockStatus;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A handling unit by its SSCC: what it holds and where, and its label for the printer. */
@Path("/api/warehouse/handling-units/{sscc}")
@RolesAllowed({"warehouse", "inspector", "quality-engineer", "admin"})
public class HandlingUnitResource {

    private final HandlingUnits units;
    private final SsccScans ssccs;

    HandlingUnitResource(HandlingUnits units, SsccScans ssccs) {
        this.units = units;
        this.ssccs = ssccs;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<HandlingUnitView> get(@PathParam("sscc") String sscc) {
        return units.contents(sscc(sscc)).map(HandlingUnitView::of);
    }

    /**
     * The GS1-128 logistics label: ZPL for a Zebra printer ({@code format=zpl}), a PNG preview ({@code png}) or a 4 × 6
     * inch PDF page for any printer ({@code pdf}, the default).
     */
    @GET
    @Path("label")
    @Produces({"application/pdf", "image/png", MediaType.TEXT_PLAIN})
    public Uni<Response> label(@PathParam("sscc") String sscc, @QueryParam("format") String format) {
        LabelFormat as = QueryValues.oneOf("format", format, LabelFormat.class).orElse(LabelFormat.PDF);
        return units.label(sscc(sscc))
                .emitOn(Infrastructure.getDefaultWorkerPool()) // drawing is CPU work: not on the event loop
                .map(label -> switch (as) {
                    case ZPL -> Response.ok(LabelZpl.zpl(List.of(label)), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
                    case PNG -> Response.ok(LabelImage.png(label), "image/png").build();
                    case PDF -> Response.ok(LabelPdf.pdf(List.of(label)), "application/pdf")
                            .header("Content-Disposition", "inline; filename=\"sscc-" + label.sscc().value() + ".pdf\"").build();
                });
    }

    private Sscc sscc(String value) {
        return ssccs.read("sscc", value);
    }

    /** Where the unit came from and what it holds now. */
    public record HandlingUnitView(String sscc, String parentSscc, UUID asnId, String supplierCode, Instant receivedAt, String receivedBy,
                                   List<Line> lines) {

        public record Line(String itemCode, String lot, LocalDate expiresOn, String location, StockStatus status, Quantity quantity) {
        }

        static HandlingUnitView of(HandlingUnits.Contents contents) {
            HandlingUnit unit = contents.unit();
            return new HandlingUnitView(unit.sscc, unit.parentSscc, unit.asnId, unit.supplierCode, unit.receivedAt, unit.receivedBy,
                    contents.held().stream().map(b -> new Line(b.itemCode, b.lot, b.expiresOn, b.bin, b.status, b.quantity())).toList());
        }
    }
}
