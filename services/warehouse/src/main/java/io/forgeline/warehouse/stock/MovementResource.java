package io.forgeline.warehouse.stock;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/** Movements a clerk books by hand: an unplanned issue, scrap, a transfer between bins. */
@Path("/api/warehouse/movements")
@Produces(MediaType.APPLICATION_JSON)
public class MovementResource {

    private final StockMoves moves;
    private final CurrentActor actor;

    MovementResource(StockMoves moves, CurrentActor actor) {
        this.moves = moves;
        this.actor = actor;
    }

    /** 201 with the movements booked; 422 naming the shortfall when the lot holds less there than asked. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"warehouse", "admin"})
    public Uni<RestResponse<LedgerView>> book(@Valid @NotNull(message = "is required") MovementRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return moves.book(request, Optional.ofNullable(idempotencyKey), actor.get())
                .map(posted -> RestResponse.status(RestResponse.Status.CREATED, LedgerView.of(posted)));
    }

    /** Opening balances from a stock take, for administrators; 201 with the movements. */
    @POST
    @Path("opening-balances")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Uni<RestResponse<LedgerView>> opening(@Valid @NotNull(message = "is required") OpeningBalance opening,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return moves.opening(opening, Optional.ofNullable(idempotencyKey), actor.get())
                .map(posted -> RestResponse.status(RestResponse.Status.CREATED, LedgerView.of(posted)));
    }
}
