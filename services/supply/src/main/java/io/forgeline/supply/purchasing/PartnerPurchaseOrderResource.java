package io.forgeline.supply.purchasing;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.items.Items;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Partner API: a supplier's system reads and confirms the purchase orders addressed to it, never anyone else's. */
@Path("/partner/v1/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerPurchaseOrderResource {

    private final Purchasing purchasing;
    private final SupplierConfirmations confirmations;
    private final Items items;
    private final CurrentActor actor;

    PartnerPurchaseOrderResource(Purchasing purchasing, SupplierConfirmations confirmations, Items items, CurrentActor actor) {
        this.purchasing = purchasing;
        this.confirmations = confirmations;
        this.items = items;
        this.actor = actor;
    }

    @GET
    @RolesAllowed("supplier")
    public Uni<List<PartnerPurchaseOrder>> list() {
        String supplier = supplierOf(actor.get());
        return purchasing.ordersOf(supplier).flatMap(orders -> items
                .descriptionsOf(orders.stream().map(PurchaseOrder::itemCode).collect(Collectors.toSet()))
                .map(descriptions -> orders.stream().map(o -> PartnerPurchaseOrder.of(o, descriptions)).toList()));
    }

    /**
     * The supplier promises when the goods arrive (again, with a new date, as often as it changes).
     * 404 for an order of another supplier; 409 once the order is shipped, received or cancelled.
     */
    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("supplier")
    public Uni<PartnerPurchaseOrder> confirm(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body with promisedDate is required") ConfirmPurchaseOrder confirmation,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        Actor caller = actor.get();
        return confirmations.confirm(supplierOf(caller), id, confirmation, Optional.ofNullable(idempotencyKey), caller)
                .flatMap(order -> items.descriptionsOf(Set.of(order.itemCode()))
                        .map(descriptions -> PartnerPurchaseOrder.of(order, descriptions)));
    }

    private static String supplierOf(Actor caller) {
        return caller.supplierId()
                .orElseThrow(() -> new ForbiddenException("this supplier token carries no supplier_id claim"));
    }

    /**
     * {@code itemDescription} is the item master's current wording (from the item copy), null while
     * scheduling has not published the item. {@code promisedDate} is null until the supplier confirms;
     * {@code confirmations} counts the different dates it has promised.
     */
    public record PartnerPurchaseOrder(UUID id, String number, String supplierCode, String itemCode, String itemDescription,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit,
                                       Instant needDate, PurchaseOrderStatus status, Instant promisedDate, int confirmations,
                                       Instant createdAt) {

        static PartnerPurchaseOrder of(PurchaseOrder o, Map<String, String> itemDescriptions) {
            return new PartnerPurchaseOrder(o.id(), o.number(), o.supplierCode(), o.itemCode(), itemDescriptions.get(o.itemCode()),
                    tidy(o.quantity()), o.unit(), o.needDate(), o.status(), o.promisedDate(), o.confirmations(), o.createdAt());
        }
    }
}
