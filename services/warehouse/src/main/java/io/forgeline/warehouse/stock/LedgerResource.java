package io.forgeline.warehouse.stock;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** The stock ledger: every movement of a lot to read back, and the proof that the balances are its sums. */
@Path("/api/warehouse/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    private final StockLedger stock;
    private final LedgerCheck check;

    LedgerResource(StockLedger stock, LedgerCheck check) {
        this.stock = stock;
        this.check = check;
    }

    /** Every movement of an item (of one lot when given), oldest first. */
    @GET
    @RolesAllowed({"warehouse", "planner", "inspector", "quality-engineer", "admin"})
    public Uni<LedgerView> ledger(@QueryParam("itemCode") @NotBlank(message = "is required") String itemCode, @QueryParam("lot") String lot) {
        return stock.movements(itemCode.trim(), Optional.ofNullable(lot).filter(l -> !l.isBlank()).map(String::trim)).map(LedgerView::of);
    }

    /** Every balance against the sum of its movements ({@code bin/forgeline check ledger}); mismatches are listed, none expected. */
    @GET
    @Path("check")
    @RolesAllowed("admin")
    public Uni<LedgerCheck.Result> check() {
        return check.check();
    }
}
