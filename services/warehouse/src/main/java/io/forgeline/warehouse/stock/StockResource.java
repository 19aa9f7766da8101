package io.forgeline.warehouse.stock;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/warehouse/stock")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    private final StockLedger ledger;

    StockResource(StockLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @RolesAllowed({"warehouse", "planner", "inspector", "quality-engineer", "admin"})
    public Uni<ItemStock> stock(@QueryParam("itemCode") @NotBlank(message = "is required") String itemCode) {
        return ledger.stockOf(itemCode.trim());
    }
}
