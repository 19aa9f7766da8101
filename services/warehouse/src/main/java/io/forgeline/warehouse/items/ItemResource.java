package io.forgeline.warehouse.items;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.key.Gtin;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** What the warehouse knows of an item: by code, or by the GTIN a clerk just scanned. */
@Path("/api/warehouse/items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"warehouse", "planner", "inspector", "quality-engineer", "admin"})
public class ItemResource {

    private final Items items;

    ItemResource(Items items) {
        this.items = items;
    }

    @GET
    @Path("/{code}")
    public Uni<ItemView> item(@PathParam("code") String code) {
        return items.find(code.trim())
                .map(found -> found.map(ItemView::of).orElseThrow(() -> new NotFound("item", code.trim())));
    }

    /** A GTIN that does not read (length, a letter, the check digit) is refused, not answered with nothing found. */
    @GET
    public Uni<List<ItemView>> withGtin(@QueryParam("gtin") @NotBlank(message = "is required") String gtin) {
        Gtin scanned;
        try {
            scanned = Gtin.parse(gtin.trim());
        } catch (InvalidCode unreadable) {
            throw new InvalidField("gtin", unreadable.getMessage());
        }
        return items.withGtin(scanned).map(list -> list.stream().map(ItemView::of).toList());
    }

    public record ItemView(String code, String description, String unit, String makeOrBuy, String gtin,
                           String productFamily, String supplierCode, long version, Instant changedAt) {

        static ItemView of(Item item) {
            return new ItemView(item.code, item.description, item.unit, item.makeOrBuy, item.gtin, item.productFamily,
                    item.supplierCode, item.version, item.changedAt);
        }
    }
}
