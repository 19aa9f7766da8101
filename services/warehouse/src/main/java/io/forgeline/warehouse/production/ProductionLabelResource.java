package io.forgeline.warehouse.production;

import io.forgeline.labels.LabelFormat;
import io.forgeline.labels.LabelPdf;
import io.forgeline.labels.ProductLabels;
import io.forgeline.platform.paging.QueryValues;
import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The labels of an order's output, for the operator at the line and the clerk who stores it: as a PDF of 4 × 2 inch pages
 * ({@code format=pdf}, the default: the finished lot's label, then one per serialised unit), as ZPL for a Zebra printer
 * ({@code zpl}: the same labels, one format each) or as a PNG preview of one label ({@code png}): the finished lot's, or
 * the serialised unit's that {@code serial=} names.
 */
@Path("/api/warehouse/production-labels")
public class ProductionLabelResource {

    private final ProductionLabels labels;

    ProductionLabelResource(ProductionLabels labels) {
        this.labels = labels;
    }

    @GET
    @Produces({"application/pdf", "image/png", MediaType.TEXT_PLAIN})
    @RolesAllowed({"operator", "warehouse", "planner", "admin"})
    public Uni<Response> labels(@QueryParam("orderNumber") String orderNumber, @QueryParam("format") String format,
            @QueryParam("serial") String serial) {
        String order = FieldChecks.blankIsNull(orderNumber);
        if (order == null || order.length() > FieldChecks.CODE) {
            throw new InvalidField("orderNumber", order == null ? "is required" : "must be at most " + FieldChecks.CODE + " characters");
        }
        LabelFormat as = QueryValues.oneOf("format", format, LabelFormat.class).orElse(LabelFormat.PDF);
        return labels.of(order)
                .emitOn(Infrastructure.getDefaultWorkerPool()) // drawing is CPU work: not on the event loop
                .map(printed -> switch (as) {
                    case ZPL -> Response.ok(ProductLabels.zpl(printed.lots(), printed.units()), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                            .build();
                    case PNG -> Response.ok(png(printed, FieldChecks.blankIsNull(serial), order), "image/png").build();
                    case PDF -> Response.ok(LabelPdf.products(printed.lots(), printed.units()), "application/pdf")
                            .header("Content-Disposition", "inline; filename=\"labels-" + order.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"")
                            .build();
                });
    }

    private static byte[] png(ProductionLabels.Printed printed, String serial, String order) {
        if (serial == null) {
            return ProductLabels.png(printed.lots().getFirst());
        }
        return printed.units().stream().filter(unit -> unit.serial().equals(serial)).findFirst().map(ProductLabels::png)
                .orElseThrow(() -> new NotFound("serialised unit", serial + " of order " + order));
    }
}
