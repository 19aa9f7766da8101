package io.forgeline.supply.purchasing;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.paging.Paged;
import io.forgeline.platform.paging.QueryValues;
import io.forgeline.platform.partner.PartnerScope;
import io.forgeline.supply.purchasing.PurchaseOrderViews.LineView;
import io.forgeline.supply.purchasing.PurchaseOrderViews.PurchaseOrderView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partner API: a supplier's system reads and answers the purchase orders sent to it, never anyone else's. */
@Path("/partner/v1/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("supplier")
public class PartnerPurchaseOrderResource {

    private final SupplierOrders orders;
    private final SupplierConfirmations confirmations;
    private final PurchaseOrderViews views;
    private final PartnerScope partner;
    private final CurrentActor actor;

    PartnerPurchaseOrderResource(SupplierOrders orders, SupplierConfirmations confirmations, PurchaseOrderViews views, PartnerScope partner,
            CurrentActor actor) {
        this.orders = orders;
        this.confirmations = confirmations;
        this.views = views;
        this.partner = partner;
        this.actor = actor;
    }

    /** A page of the caller's orders (JSON array; {@code X-Total-Count}; {@code Link} rel=next while there are more). */
    @GET
    public Uni<Response> list(@QueryParam("status") String status, @QueryParam("changedSince") String changedSince,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size, @Context UriInfo uri) {
        String supplier = partner.supplier();
        return orders.list(supplier, PurchaseOrderQueries.status(status), QueryValues.instant("changedSince", changedSince), page, size)
                .flatMap(found -> views.partner(found.items()).map(items -> new Paged<>(items, found.total(), page, size).response(uri)));
    }

    @GET
    @Path("{id}")
    public Uni<PurchaseOrderView> get(@PathParam("id") UUID id) {
        return orders.get(partner.supplier(), id).flatMap(views::partner);
    }

    /**
     * Every revision of the order the supplier has seen, oldest first: what changed, when, and the lines then (as the
     * supplier reads them: no production orders, no buyer's name).
     */
    @GET
    @Path("{id}/revisions")
    public Uni<List<PartnerRevision>> revisions(@PathParam("id") UUID id) {
        return orders.revisions(partner.supplier(), id).map(rows -> rows.stream().map(PartnerRevision::of).toList());
    }

    public record PartnerRevision(int revision, PurchaseOrderStatus status, String change, Instant changedAt, List<RevisedLine> lines) {

        static PartnerRevision of(PurchaseOrderRevision row) {
            return new PartnerRevision(row.revision(), row.status(), row.change(), row.changedAt(),
                    row.lines().stream().map(RevisedLine::of).toList());
        }
    }

    /** A line as it was in a revision. */
    public record RevisedLine(int lineNumber, String itemCode, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit,
                              LocalDate requestedDate, LineStatus status, List<Delivery> deliveries, List<Delivery> proposal) {

        static RevisedLine of(PurchaseOrderLine line) {
            return new RevisedLine(line.lineNumber(), line.itemCode(), tidy(line.quantity()), line.unit(), line.requestedDate(),
                    line.status(), LineView.tidied(line.confirmed()), LineView.tidied(line.proposed()));
        }
    }

    /**
     * The supplier answers: every line as ordered, every line on one date, or line by line (accept, or other
     * deliveries as a counter-proposal). 404 for an order of another supplier; 409 once shipped, received or cancelled.
     */
    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<PurchaseOrderView> confirm(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body with promisedDate, acceptAll or lines is required") ConfirmPurchaseOrder confirmation,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return confirmations.confirm(partner.supplier(), id, confirmation, Optional.ofNullable(idempotencyKey), actor.get())
                .flatMap(views::partner);
    }
}
