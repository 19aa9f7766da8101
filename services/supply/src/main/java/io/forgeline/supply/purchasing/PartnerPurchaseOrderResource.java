package io.forgeline.supply.purchasing;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.platform.actor.CurrentActor;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Partner API: a supplier's system reads the purchase orders addressed to it, never anyone else's. */
@Path("/partner/v1/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerPurchaseOrderResource {

    private final Purchasing purchasing;
    private final CurrentActor actor;

    PartnerPurchaseOrderResource(Purchasing purchasing, CurrentActor actor) {
        this.purchasing = purchasing;
        this.actor = actor;
    }

    @GET
    @RolesAllowed("supplier")
    public Uni<List<PartnerPurchaseOrder>> list() {
        String supplier = actor.get().supplierId()
                .orElseThrow(() -> new ForbiddenException("this supplier token carries no supplier_id claim"));
        return purchasing.ordersOf(supplier).map(orders -> orders.stream().map(PartnerPurchaseOrder::of).toList());
    }

    public record PartnerPurchaseOrder(String number, String supplierCode, String itemCode,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit,
                                       Instant needDate, PurchaseOrderStatus status, Instant createdAt) {

        static PartnerPurchaseOrder of(PurchaseOrder o) {
            return new PartnerPurchaseOrder(o.number, o.supplierCode, o.itemCode, tidy(o.quantity), o.unit,
                    o.needDate, o.status, o.createdAt);
        }
    }
}
