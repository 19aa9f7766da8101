package io.forgeline.execution.dispatch;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/execution/work-centers/{workCenter}/dispatch-list")
@Produces(MediaType.APPLICATION_JSON)
public class DispatchResource {

    private final DispatchLists dispatch;

    DispatchResource(DispatchLists dispatch) {
        this.dispatch = dispatch;
    }

    /** Open work in planned order; {@code horizon} (ISO-8601, e.g. PT8H) keeps what is planned to start within it. */
    @GET
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<DispatchListView> list(@PathParam("workCenter") String workCenter, @QueryParam("horizon") String horizon) {
        return Uni.createFrom().item(() -> Horizon.parse(horizon))
                .flatMap(within -> dispatch.openAt(workCenter, within))
                .map(entries -> new DispatchListView(workCenter, entries.stream().map(Entry::of).toList()));
    }

    public record DispatchListView(String workCenterCode, List<Entry> entries) {
    }

    public record Entry(UUID orderId, String orderNumber, String itemCode, int operationSequence, String description,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit, Instant dueDate,
                        long setupMinutes, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal runMinutes,
                        OperationStatus status, String machineCode, Instant plannedSetupStart, Instant plannedStart,
                        Instant plannedEnd) {

        static Entry of(DispatchEntry e) {
            return new Entry(e.orderId(), e.orderNumber(), e.itemCode(), e.operationSequence(), e.description(),
                    tidy(e.quantity()), e.unit(), e.dueDate(), e.setupMinutes(), tidy(e.runMinutes()), e.status(),
                    e.machineCode(), e.plannedSetupStart(), e.plannedStart(), e.plannedEnd());
        }
    }
}
