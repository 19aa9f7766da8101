package io.forgeline.quality.inspectionlot;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.UNIT;
import static io.forgeline.platform.problem.FieldChecks.atMost;
import static io.forgeline.platform.problem.FieldChecks.blankIsNull;
import static io.forgeline.platform.problem.FieldChecks.required;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.quality.inspectionplan.InspectionType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The inspection lot queue: open a lot by hand, list lots (open ones first, or what a scan points at), read one with
 * its samples, tallies and decision.
 */
@Path("/api/quality/inspection-lots")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionLotResource {

    private static final int MOST_LISTED = 200;

    private final InspectionLots lots;
    private final LotScans scans;
    private final Items items;
    private final CurrentActor actor;

    InspectionLotResource(InspectionLots lots, LotScans scans, Items items, CurrentActor actor) {
        this.lots = lots;
        this.scans = scans;
        this.items = items;
        this.actor = actor;
    }

    @POST
    @HonoursIdempotencyKey
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"inspector", "quality-engineer", "admin"})
    public Uni<RestResponse<LotView>> open(OpenLotRequest request, @Context UriInfo uri) {
        InspectionType type = checked(request);
        String itemCode = request.itemCode().trim();
        return items.find(itemCode).flatMap(item -> {
            if (item.isEmpty() && (request.unit() == null || request.unit().isBlank())) {
                throw new InvalidField("unit", "is required: the item master copy does not know " + itemCode + " yet");
            }
            BaseQuantity size = BaseQuantity.of(item, request.lotSize(), request.unit() == null ? null : request.unit().trim())
                    .orElseThrow(() -> new InvalidField("unit", itemCode + " is kept in " + item.get().unit
                            + " and the item master knows no conversion from " + request.unit().trim()));
            OpenLot command = new OpenLot(itemCode, request.supplierCode(), request.lot().trim(), size.quantity(), size.unit(), type,
                    request.handlingUnits(), LotOrigin.MANUAL, null);
            return Panache.withTransaction(() -> lots.open(command, actor.get()))
                    .map(lot -> RestResponse.ResponseBuilder.<LotView>created(uri.getAbsolutePathBuilder().path(lot.id.toString()).build())
                            .entity(LotView.of(lot, null)).build());
        });
    }

    private static InspectionType checked(OpenLotRequest request) {
        if (request == null) {
            throw new InvalidField("body", "send the lot to open as JSON");
        }
        List<FieldError> errors = new ArrayList<>();
        required(request.itemCode(), CODE, "itemCode", errors);
        if (blankIsNull(request.lot()) == null) {
            errors.add(new FieldError("lot", "is required: the supplier's or the plant's lot number"));
        }
        atMost(request.lot(), CODE, "lot", errors);
        atMost(request.supplierCode(), CODE, "supplierCode", errors);
        atMost(request.unit(), UNIT, "unit", errors);
        if (request.lotSize() == null || request.lotSize().signum() <= 0) {
            errors.add(new FieldError("lotSize", "must be a quantity above 0"));
        }
        InspectionType type = InspectionType.INCOMING;
        if (request.type() != null && !request.type().isBlank()) {
            try {
                type = InspectionType.valueOf(request.type().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("type", "must be INCOMING, IN_PROCESS or FINAL"));
            }
        }
        if (request.handlingUnits() != null && request.handlingUnits().stream().anyMatch(hu -> hu == null || !hu.matches("[0-9]{18}"))) {
            errors.add(new FieldError("handlingUnits", "are SSCCs of 18 digits"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return type;
    }

    /** Open lots oldest first (the queue), or every lot newest first with {@code status=ALL}; a scan narrows it. */
    @GET
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public Uni<LotList> list(@QueryParam("status") String status, @QueryParam("itemCode") String itemCode, @QueryParam("scan") String scan) {
        String wanted = status == null || status.isBlank() ? InspectionLot.OPEN : status.trim().toUpperCase(Locale.ROOT);
        if (!List.of(InspectionLot.OPEN, InspectionLot.DECIDED, "ALL").contains(wanted)) {
            throw new InvalidField("status", "must be OPEN, DECIDED or ALL");
        }
        Uni<List<InspectionLot>> found = Panache.withSession(() -> {
            if (scan != null && !scan.isBlank()) {
                return scans.openLots(scan);
            }
            String where = (wanted.equals("ALL") ? "1 = 1" : "status = :status")
                    + (itemCode == null || itemCode.isBlank() ? "" : " and itemCode = :item");
            Map<String, Object> values = new java.util.HashMap<>();
            if (!wanted.equals("ALL")) {
                values.put("status", wanted);
            }
            if (itemCode != null && !itemCode.isBlank()) {
                values.put("item", itemCode.trim());
            }
            String order = wanted.equals(InspectionLot.OPEN) ? " order by openedAt" : " order by openedAt desc";
            return InspectionLot.<InspectionLot>find(where + order, values).page(Page.ofSize(MOST_LISTED)).list();
        });
        return found.flatMap(list -> decisionsOf(list).map(decisions -> new LotList(list.stream()
                .map(lot -> LotView.of(lot, decisions.get(lot.id))).toList())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"inspector", "quality-engineer", "planner", "admin"})
    public Uni<LotView> one(@PathParam("id") UUID id) {
        return Panache.withSession(() -> InspectionLots.find(id)
                .flatMap(lot -> UsageDecision.<UsageDecision>find("lotId", lot.id).firstResult().map(decision -> LotView.of(lot, decision))));
    }

    private static Uni<Map<UUID, UsageDecision>> decisionsOf(List<InspectionLot> lots) {
        List<UUID> ids = lots.stream().filter(lot -> !lot.open()).map(lot -> lot.id).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.withSession(() -> UsageDecision.<UsageDecision>list("lotId in ?1", ids))
                .map(decisions -> decisions.stream().collect(Collectors.toMap(d -> d.lotId, Function.identity())));
    }

    public record LotList(List<LotView> lots) {
    }
}
