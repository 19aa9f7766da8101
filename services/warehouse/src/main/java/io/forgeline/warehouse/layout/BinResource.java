package io.forgeline.warehouse.layout;

import io.forgeline.labels.BinLabel;
import io.forgeline.labels.BinLabels;
import io.forgeline.labels.LabelFormat;
import io.forgeline.labels.LabelPdf;
import io.forgeline.platform.paging.QueryValues;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
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
import java.math.BigDecimal;
import java.util.List;

/** The stores' bins as a clerk or planner reads them, and their labels for the racks. */
@Path("/api/warehouse/bins")
@Produces(MediaType.APPLICATION_JSON)
public class BinResource {

    private final Layout layout;

    BinResource(Layout layout) {
        this.layout = layout;
    }

    @GET
    @RolesAllowed({"warehouse", "planner", "admin"})
    public Uni<List<BinView>> bins() {
        return layout.bins().map(bins -> bins.stream().map(BinView::of).toList());
    }

    /**
     * A bin's label: a 4 × 2 inch PDF page ({@code format=pdf}, the default), a PNG preview or ZPL for a Zebra printer;
     * the barcode carries exactly the code a clerk's scan names the bin by.
     */
    @GET
    @Path("{code}/label")
    @Produces({"application/pdf", "image/png", MediaType.TEXT_PLAIN})
    @RolesAllowed({"warehouse", "admin"})
    public Uni<Response> label(@PathParam("code") String code, @QueryParam("format") String format) {
        LabelFormat as = QueryValues.oneOf("format", format, LabelFormat.class).orElse(LabelFormat.PDF);
        return Panache.withSession(() -> Bin.<Bin>findById(code)).onItem().ifNull().failWith(() -> new NotFound("bin", code))
                .emitOn(Infrastructure.getDefaultWorkerPool()) // drawing is CPU work: not on the event loop
                .map(bin -> labels(List.of(label(bin)), as, "bin-" + bin.code));
    }

    /** Labels of every bin, or of one zone's ({@code zone=B}), as PDF pages or ZPL formats to print in one go. */
    @GET
    @Path("labels")
    @Produces({"application/pdf", MediaType.TEXT_PLAIN})
    @RolesAllowed({"warehouse", "admin"})
    public Uni<Response> labels(@QueryParam("zone") String zone, @QueryParam("format") String format) {
        LabelFormat as = QueryValues.oneOf("format", format, LabelFormat.class).orElse(LabelFormat.PDF);
        if (as == LabelFormat.PNG) {
            throw new InvalidField("format", "a PNG shows one bin: ask /api/warehouse/bins/{code}/label?format=png, or pdf or zpl here");
        }
        return layout.bins().map(bins -> bins.stream().filter(bin -> zone == null || zone.isBlank() || bin.zone.code.equals(zone.trim()))
                        .map(BinResource::label).toList())
                .invoke(labels -> {
                    if (labels.isEmpty()) {
                        throw new InvalidField("zone", "there is no zone " + zone.trim() + " with bins");
                    }
                })
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(labels -> labels(labels, as, zone == null || zone.isBlank() ? "bins" : "bins-" + zone.trim()));
    }

    private static BinLabel label(Bin bin) {
        return new BinLabel(bin.code, bin.zone.name);
    }

    private static Response labels(List<BinLabel> labels, LabelFormat as, String file) {
        return switch (as) {
            case ZPL -> Response.ok(BinLabels.zpl(labels), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
            case PNG -> Response.ok(BinLabels.png(labels.getFirst()), "image/png").build();
            case PDF -> Response.ok(LabelPdf.bins(labels), "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"" + file + ".pdf\"").build();
        };
    }

    public record BinView(String code, String zone, String zoneName, ZoneKind kind, String workCenter, BigDecimal capacity,
                          List<String> itemClasses, boolean blocked) {

        static BinView of(Bin bin) {
            return new BinView(bin.code, bin.zone.code, bin.zone.name, bin.zone.kind, bin.zone.workCenter, bin.capacity,
                    List.of(bin.itemClasses), bin.blocked);
        }
    }
}
