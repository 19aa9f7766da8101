package io.forgeline.scheduling.masterdata.items;

import io.forgeline.platform.problem.InvalidField;
import io.forgeline.scheduling.masterdata.Codes;
import io.forgeline.scheduling.masterdata.MakeOrBuy;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/** Items have no DELETE: production orders and history refer to them for ever. */
@Path("/api/scheduling/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

    private final ItemService items;

    ItemResource(ItemService items) {
        this.items = items;
    }

    @GET
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<List<ItemView>> list(@QueryParam("makeOrBuy") String makeOrBuy, @QueryParam("productFamily") String productFamily,
            @QueryParam("supplierCode") String supplierCode) {
        return items.list(Optional.ofNullable(Codes.orNull(makeOrBuy)).map(ItemResource::makeOrBuy),
                        Optional.ofNullable(Codes.orNull(productFamily)), Optional.ofNullable(Codes.orNull(supplierCode)))
                .map(list -> list.stream().map(ItemView::of).toList());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<ItemView> get(@PathParam("code") String code) {
        return items.find(code).map(ItemView::of);
    }

    /** 201 when the item is new, 200 when it replaced the stored version. */
    @PUT
    @Path("{code}")
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<ItemView>> put(@PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") PutItem item, @Context UriInfo uri) {
        return items.put(code, item).map(saved -> saved.created()
                ? RestResponse.ResponseBuilder.<ItemView>created(uri.getAbsolutePath()).entity(ItemView.of(saved.value())).build()
                : RestResponse.ok(ItemView.of(saved.value())));
    }

    private static MakeOrBuy makeOrBuy(String value) {
        try {
            return MakeOrBuy.valueOf(value.toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidField("makeOrBuy", "must be one of " + Arrays.toString(MakeOrBuy.values()));
        }
    }
}
