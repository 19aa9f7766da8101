package io.forgeline.quality.nonconformance;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The NCR board and each NCR's work: inspectors and operators report nonconformances, quality engineers decide
 * dispositions, write the 8D and close.
 */
@Path("/api/quality/nonconformances")
@Produces(MediaType.APPLICATION_JSON)
public class NonconformanceResource {

    private static final int MOST_LISTED = 500;

    private final Nonconformances ncrs;
    private final CurrentActor actor;
    private final Clock clock;

    NonconformanceResource(Nonconformances ncrs, CurrentActor actor, Clock clock) {
        this.ncrs = ncrs;
        this.actor = actor;
        this.clock = clock;
    }

    @POST
    @HonoursIdempotencyKey
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"inspector", "quality-engineer", "operator", "admin"})
    public Uni<RestResponse<NcrViews.Full>> open(NcrRequests.Open request, @Context UriInfo uri) {
        return ncrs.open(request, actor.get()).flatMap(ncr -> Panache.withSession(() -> NcrViews.full(ncr, clock)))
                .map(view -> RestResponse.ResponseBuilder.<NcrViews.Full>created(uri.getAbsolutePathBuilder()
                        .path(view.summary().id().toString()).build()).entity(view).build());
    }

    /** The board: open NCRs oldest first (the default), closed or all newest first; narrowed to a supplier or an item. */
    @GET
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public Uni<List<NcrViews.Summary>> board(@QueryParam("status") String status, @QueryParam("supplierCode") String supplierCode,
            @QueryParam("itemCode") String itemCode) {
        String wanted = status == null || status.isBlank() ? Nonconformance.OPEN : status.trim().toUpperCase(Locale.ROOT);
        if (!List.of(Nonconformance.OPEN, Nonconformance.CLOSED, "ALL").contains(wanted)) {
            throw new InvalidField("status", "must be OPEN, CLOSED or ALL");
        }
        Parameters values = new Parameters();
        StringBuilder where = new StringBuilder("1 = 1");
        if (!wanted.equals("ALL")) {
            where.append(" and status = :status");
            values.and("status", wanted);
        }
        if (supplierCode != null && !supplierCode.isBlank()) {
            where.append(" and supplierCode = :supplier");
            values.and("supplier", supplierCode.trim());
        }
        if (itemCode != null && !itemCode.isBlank()) {
            where.append(" and itemCode = :item");
            values.and("item", itemCode.trim());
        }
        Sort order = wanted.equals(Nonconformance.OPEN) ? Sort.by("openedAt") : Sort.descending("openedAt");
        return Panache.withSession(() -> Nonconformance.<Nonconformance>find(where.toString(), order, values)
                        .page(Page.ofSize(MOST_LISTED)).list())
                .map(list -> list.stream().map(ncr -> NcrViews.Summary.of(ncr, clock)).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public Uni<NcrViews.Full> one(@PathParam("id") UUID id) {
        return Panache.withSession(() -> Nonconformance.<Nonconformance>findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("nonconformance", id))
                .flatMap(ncr -> NcrViews.full(ncr, clock)));
    }

    @POST
    @Path("{id}/dispositions")
    @HonoursIdempotencyKey
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<NcrViews.Full> dispose(@PathParam("id") UUID id, NcrRequests.Dispose request) {
        return ncrs.dispose(id, request, actor.get()).chain(() -> one(id));
    }

    /** Writes discipline D{n} of the NCR's 8D. */
    @PUT
    @Path("{id}/8d/{discipline}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<NcrViews.Full> write(@PathParam("id") UUID id, @PathParam("discipline") String discipline, NcrRequests.WriteDiscipline request) {
        int number = discipline != null && discipline.matches("[Dd]?[1-8]") ? Integer.parseInt(discipline.replaceAll("[Dd]", "")) : 0;
        if (number == 0) {
            throw new InvalidField("discipline", "is D1 to D8");
        }
        return ncrs.write(id, number, request, actor.get()).chain(() -> one(id));
    }

    @POST
    @Path("{id}/closure")
    @HonoursIdempotencyKey
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<NcrViews.Full> close(@PathParam("id") UUID id) {
        return ncrs.close(id, actor.get()).chain(() -> one(id));
    }
}
