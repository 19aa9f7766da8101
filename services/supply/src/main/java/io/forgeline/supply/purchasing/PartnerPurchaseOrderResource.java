package io.forgeline.supply.purchasing;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.supply.items.Items;
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
import java.util.Map;
import java.util.stream.Collectors;

/** Partner API: a supplier's system reads the purchase orders addressed to it, never anyone else's. */
@Path("/partner/v1/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerPurchaseOrderResource {

    private final Purchasing purchasing;
    private final Items items;
    private final CurrentActor actor;

    PartnerPurchaseOrderResource(Purchasing purchasing, Items items, CurrentActor actor) {
        this.purchasing = purchasing;
        this.items = items;
        this.actor = actor;
    }

    @GET
    @RolesAllowed("supplier")
    public Uni<List<PartnerPurchaseOrder>> list() {
        String supplier = actor.get().supplierId()
                .orElseThrow(() -> new ForbiddenException("this supplier token carries no supplier_id claim"));
        return purchasing.ordersOf(supplier).flatMap(orders -> items
                .descriptionsOf(orders.stream().map(o -> o.itemCode).collect(Collectors.toSet()))
                .map(descriptions -> orders.stream().map(o -> PartnerPurchaseOrder.of(o, descriptions)).toList()));
    }

    /**
     * {@code itemDescription} is the item master's current wording (from the item copy), null while
     * scheduling has not published the item.
     */
    public record PartnerPurchaseOrder(String number, String supplierCode, String itemCode, String itemDescription,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit,
                                       Instant needDate, PurchaseOrderStatus status, Instant createdAt) {

        static PartnerPurchaseOrder of(PurchaseOrder o, Map<String, String> itemDescriptions) {
            return new PartnerPurchaseOrder(o.number, o.supplierCode, o.itemCode, itemDescriptions.get(o.itemCode),
                    tidy(o.quantity), o.unit, o.needDate, o.status, o.createdAt);
        }
    }
}
