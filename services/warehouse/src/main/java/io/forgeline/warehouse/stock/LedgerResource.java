package io.forgeline.warehouse.stock;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/** The stock ledger: movements booked by hand, and every movement of a lot to read back. */
@Path("/api/warehouse")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    private final StockMoves moves;
    private final StockLedger stock;
    private final LedgerCheck check;
    private final CurrentActor actor;

    LedgerResource(StockMoves moves, StockLedger stock, LedgerCheck check, CurrentActor actor) {
        this.moves = moves;
        this.stock = stock;
        this.check = check;
        this.actor = actor;
    }

    /** 201 with the movements booked; 422 naming the shortfall when the lot holds less there than asked. */
    @POST
    @Path("movements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"warehouse", "admin"})
    public Uni<RestResponse<LedgerView>> book(@Valid @NotNull(message = "is required") MovementRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return moves.book(request, Optional.ofNullable(idempotencyKey), actor.get())
                .map(posted -> RestResponse.status(RestResponse.Status.CREATED, LedgerView.of(posted)));
    }

    /** Every movement of an item (of one lot when given), oldest first. */
    @GET
    @Path("ledger")
    @RolesAllowed({"warehouse", "planner", "inspector", "quality-engineer", "admin"})
    public Uni<LedgerView> ledger(@QueryParam("itemCode") @NotBlank(message = "is required") String itemCode, @QueryParam("lot") String lot) {
        return stock.movements(itemCode.trim(), Optional.ofNullable(lot).filter(l -> !l.isBlank()).map(String::trim)).map(LedgerView::of);
    }

    /** Every balance against the sum of its movements ({@code bin/forgeline check ledger}); mismatches are listed, none expected. */
    @GET
    @Path("ledger/check")
    @RolesAllowed("admin")
    public Uni<LedgerCheck.Result> check() {
        return check.check();
    }
}
