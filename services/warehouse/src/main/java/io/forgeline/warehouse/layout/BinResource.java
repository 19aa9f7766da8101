package io.forgeline.warehouse.layout;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/** The stores' bins as a clerk or planner reads them. */
@Path("/api/warehouse/bins")
@Produces(MediaType.APPLICATION_JSON)
public class BinResource {

    private final Layout layout;

    BinResource(Layout layout) {
        this.layout = layout;
    }

    @GET
    @RolesAllowed({"warehouse", "planner", "admin"})
    public Uni<List<BinView>> bins() {
        return layout.bins().map(bins -> bins.stream().map(BinView::of).toList());
    }

    public record BinView(String code, String zone, String zoneName, ZoneKind kind, String workCenter, BigDecimal capacity,
                          List<String> itemClasses, boolean blocked) {

        static BinView of(Bin bin) {
            return new BinView(bin.code, bin.zone.code, bin.zone.name, bin.zone.kind, bin.zone.workCenter, bin.capacity,
                    List.of(bin.itemClasses), bin.blocked);
        }
    }
}
