package io.forgeline.supply.purchasing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.paging.Paged;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.supply.purchasing.PurchaseOrderViews.PurchaseOrderView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Buyers' purchase orders: buyers and administrators write; planners and quality engineers read. */
@Path("/api/supply/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    private final PurchaseOrders orders;
    private final PurchaseOrderViews views;
    private final CurrentActor actor;
    private final ObjectMapper json;

    PurchaseOrderResource(PurchaseOrders orders, PurchaseOrderViews views, CurrentActor actor, ObjectMapper json) {
        this.orders = orders;
        this.views = views;
        this.actor = actor;
        this.json = json;
    }

    /** 201 with the order (sent at once unless {@code "send": false}); Location names it. */
    @POST
    @HonoursIdempotencyKey
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"buyer", "admin"})
    public Uni<RestResponse<PurchaseOrderView>> create(@Valid @NotNull(message = "a JSON body is required") NewPurchaseOrder command,
            @Context UriInfo uri) {
        return orders.create(command, actor.get()).flatMap(views::staff)
                .map(view -> RestResponse.ResponseBuilder.<PurchaseOrderView>created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                        .entity(view).build());
    }

    /** A page of orders, newest first (JSON array; {@code X-Total-Count}; {@code Link} rel=next while there are more). */
    @GET
    @RolesAllowed({"buyer", "planner", "quality-engineer", "admin"})
    public Uni<Response> list(@QueryParam("supplierCode") String supplierCode, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size, @Context UriInfo uri) {
        return orders.list(Optional.ofNullable(supplierCode).filter(s -> !s.isBlank()), PurchaseOrderQueries.status(status), page, size)
                .flatMap(found -> views.staff(found.items()).map(items -> new Paged<>(items, found.total(), page, size).response(uri)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"buyer", "planner", "quality-engineer", "admin"})
    public Uni<PurchaseOrderView> get(@PathParam("id") UUID id) {
        return orders.find(id).flatMap(views::staff);
    }

    /** Every revision the supplier has seen, oldest first. */
    @GET
    @Path("{id}/revisions")
    @RolesAllowed({"buyer", "planner", "quality-engineer", "admin"})
    public Uni<List<RevisionView>> revisions(@PathParam("id") UUID id) {
        return orders.revisions(id).map(rows -> rows.stream().map(RevisionView::of).toList());
    }

    /** Changes lines (see {@link ChangePurchaseOrder}); a sent order moves to its next revision and the supplier hears of it. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"buyer", "admin"})
    public Uni<PurchaseOrderView> change(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body with lines is required") ChangePurchaseOrder command) {
        return orders.change(id, command, actor.get()).flatMap(views::staff);
    }

    /** Sends a draft to the supplier (409 once sent). */
    @POST
    @HonoursIdempotencyKey
    @Path("{id}/send")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"buyer", "admin"})
    public Uni<PurchaseOrderView> send(@PathParam("id") UUID id) {
        return orders.send(id, actor.get()).flatMap(views::staff);
    }

    /**
     * Cancels the order while nothing has shipped (409 otherwise); the supplier hears of it. The body is optional:
     * {@code {"reason": "..."}} says why.
     */
    @POST
    @HonoursIdempotencyKey
    @Path("{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"buyer", "admin"})
    public Uni<PurchaseOrderView> cancel(@PathParam("id") UUID id, String body) {
        return orders.cancel(id, reasonIn(body), actor.get()).flatMap(views::staff);
    }

    private String reasonIn(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode reason = json.readTree(body).path("reason");
            if (!reason.isMissingNode() && !reason.isNull() && !reason.isTextual()) {
                throw new InvalidField("reason", "must be text");
            }
            return reason.isTextual() ? reason.asText() : null;
        } catch (JsonProcessingException unreadable) {
            throw new InvalidField("body", "must be JSON such as {\"reason\": \"the customer withdrew\"}, or empty");
        }
    }

    /** Accepts the supplier's counter-proposal for a line: the line becomes it, and planning hears the new promise. */
    @POST
    @HonoursIdempotencyKey
    @Path("{id}/lines/{lineNumber}/proposal/accept")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"buyer", "admin"})
    public Uni<PurchaseOrderView> acceptProposal(@PathParam("id") UUID id, @PathParam("lineNumber") int lineNumber) {
        return orders.acceptProposal(id, lineNumber, actor.get()).flatMap(views::staff);
    }

    /** Rejects it: the line stands as before and the supplier answers again. */
    @POST
    @HonoursIdempotencyKey
    @Path("{id}/lines/{lineNumber}/proposal/reject")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"buyer", "admin"})
    public Uni<PurchaseOrderView> rejectProposal(@PathParam("id") UUID id, @PathParam("lineNumber") int lineNumber) {
        return orders.rejectProposal(id, lineNumber, actor.get()).flatMap(views::staff);
    }

    public record RevisionView(int revision, PurchaseOrderStatus status, String change, Instant changedAt, String changedBy,
                               List<PurchaseOrderLine> lines) {

        static RevisionView of(PurchaseOrderRevision row) {
            return new RevisionView(row.revision(), row.status(), row.change(), row.changedAt(), row.changedBy(), row.lines());
        }
    }
}
