package io.forgeline.supply.supplier;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/** Buyers' supplier directory: buyers and administrators write; planners and quality engineers read. */
@Path("/api/supply/suppliers")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierResource {

    private final Suppliers suppliers;
    private final CurrentActor actor;

    SupplierResource(Suppliers suppliers, CurrentActor actor) {
        this.suppliers = suppliers;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({"buyer", "planner", "quality-engineer", "admin"})
    public Uni<List<SupplierView>> list() {
        return suppliers.all().map(all -> all.stream().map(s -> SupplierView.of(s, null, null, null)).toList());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"buyer", "planner", "quality-engineer", "admin"})
    public Uni<SupplierView> get(@PathParam("code") String code) {
        return suppliers.find(code).flatMap(supplier -> suppliers.contacts(code)
                .flatMap(contacts -> suppliers.itemsOf(code).map(items -> SupplierView.of(supplier, contacts, items, null))));
    }

    /**
     * Onboards a supplier and issues its system's sign-in: 201 with {@code client.clientSecret}, shown this once.
     * A repeat with the same Idempotency-Key answers the supplier without {@code client}: nothing stores the secret.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"buyer", "admin"})
    public Uni<RestResponse<SupplierView>> onboard(@Valid @NotNull(message = "a JSON body is required") NewSupplier command,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return suppliers.onboard(command, Optional.ofNullable(idempotencyKey), actor.get()).flatMap(onboarded -> suppliers.contacts(command.code())
                .map(contacts -> RestResponse.ResponseBuilder.<SupplierView>created(uri.getAbsolutePathBuilder().path(command.code()).build())
                        .entity(SupplierView.of(onboarded.supplier(), contacts, List.of(), onboarded.client())).build()));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"buyer", "admin"})
    public Uni<SupplierView> change(@PathParam("code") String code, @Valid @NotNull(message = "a JSON body is required") ChangeSupplier command) {
        return suppliers.change(code, command).flatMap(ignored -> get(code));
    }

    /** The terms the supplier supplies an item on (created or replaced). */
    @PUT
    @Path("{code}/items/{itemCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"buyer", "admin"})
    public Uni<SuppliedItemView> supplies(@PathParam("code") String code, @PathParam("itemCode") String itemCode,
            @Valid @NotNull(message = "a JSON body is required") ItemTerms terms) {
        return suppliers.supplies(code, itemCode, terms).map(SuppliedItemView::of);
    }

    /** {@code client} only in onboarding's answer: the one time anybody sees its secret. */
    public record SupplierView(String code, String name, String country, boolean approvalRequired, String clientId,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<ContactView> contacts,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<SuppliedItemView> items,
                               @JsonInclude(JsonInclude.Include.NON_NULL) PartnerClients.IssuedClient client) {

        static SupplierView of(Supplier s, List<SupplierContact> contacts, List<SuppliedItem> items, PartnerClients.IssuedClient client) {
            return new SupplierView(s.code, s.name, s.country, s.approvalRequired, s.clientId,
                    contacts == null ? null : contacts.stream().map(c -> new ContactView(c.name, c.role, c.email, c.phone)).toList(),
                    items == null ? null : items.stream().map(SuppliedItemView::of).toList(), client);
        }
    }

    public record ContactView(String name, String role, String email, String phone) {
    }

    public record SuppliedItemView(String itemCode, String supplierItemNumber, int leadTimeDays,
                                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minimumOrderQuantity,
                                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal orderMultiple,
                                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overDeliveryTolerance) {

        static SuppliedItemView of(SuppliedItem i) {
            return new SuppliedItemView(i.key.itemCode(), i.supplierItemNumber, i.leadTimeDays, tidy(i.minimumOrderQuantity),
                    tidy(i.orderMultiple), tidy(i.overDeliveryTolerance));
        }
    }
}
