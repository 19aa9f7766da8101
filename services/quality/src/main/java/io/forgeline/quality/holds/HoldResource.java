package io.forgeline.quality.holds;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Quality engineers place and lift holds; everyone who handles stock reads them. */
@Path("/api/quality/holds")
@Produces(MediaType.APPLICATION_JSON)
public class HoldResource {

    private final Holds holds;
    private final CurrentActor actor;

    HoldResource(Holds holds, CurrentActor actor) {
        this.holds = holds;
        this.actor = actor;
    }

    @POST
    @HonoursIdempotencyKey
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<RestResponse<HoldView>> place(HoldRequest request, @Context UriInfo uri) {
        return holds.place(request, actor.get()).map(hold -> RestResponse.ResponseBuilder
                .<HoldView>created(uri.getAbsolutePathBuilder().path(hold.id.toString()).build()).entity(HoldView.of(hold)).build());
    }

    @POST
    @Path("{id}/lift")
    @HonoursIdempotencyKey
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<HoldView> lift(@PathParam("id") UUID id, LiftRequest request) {
        return holds.lift(id, request, actor.get()).map(HoldView::of);
    }

    /** Holds on now ({@code status=ON}, the default), lifted ones, or all; newest first; narrowed to an item. */
    @GET
    @RolesAllowed({"inspector", "quality-engineer", "planner", "operator", "warehouse", "admin"})
    public Uni<List<HoldView>> list(@QueryParam("status") String status, @QueryParam("itemCode") String itemCode) {
        String wanted = status == null || status.isBlank() ? "ON" : status.trim().toUpperCase(Locale.ROOT);
        String where = switch (wanted) {
            case "ON" -> "liftedAt is null";
            case "LIFTED" -> "liftedAt is not null";
            case "ALL" -> "1 = 1";
            default -> throw new InvalidField("status", "must be ON, LIFTED or ALL");
        };
        boolean oneItem = itemCode != null && !itemCode.isBlank();
        return Panache.withSession(() -> oneItem
                        ? Hold.<Hold>list(where + " and itemCode = ?1", Sort.descending("placedAt"), itemCode.trim())
                        : Hold.<Hold>list(where, Sort.descending("placedAt")))
                .map(list -> list.stream().limit(500).map(HoldView::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"inspector", "quality-engineer", "planner", "operator", "warehouse", "admin"})
    public Uni<HoldView> one(@PathParam("id") UUID id) {
        return Panache.withSession(() -> Hold.<Hold>findById(id)).map(hold -> {
            if (hold == null) {
                throw new NotFound("hold", id);
            }
            return HoldView.of(hold);
        });
    }
}
