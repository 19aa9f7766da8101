package io.forgeline.supply.edi;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.paging.QueryValues;
import io.forgeline.platform.partner.PartnerScope;
import io.forgeline.supply.purchasing.Plant;
import io.forgeline.supply.purchasing.PurchaseOrder;
import io.forgeline.supply.purchasing.PurchaseOrderViews;
import io.forgeline.supply.purchasing.SupplierOrders;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Comparator;
import java.util.Objects;

/**
 * Partner API for EDIFACT: a supplier's system posts ORDRSP and DESADV interchanges and fetches ORDERS for its
 * purchase orders; the same commands and rules as the JSON endpoints, refusals naming EDI positions.
 */
@Path("/partner/v1/edi")
@RolesAllowed("supplier")
public class PartnerEdiResource {

    static final String EDIFACT = "application/EDIFACT";
    /** An ORDERS interchange carries at most this many orders; {@code changedSince} continues after the last. */
    static final int ORDERS_PER_INTERCHANGE = 500;
    /** The latest change among the orders in the interchange: the {@code changedSince} that continues after it. */
    static final String CHANGED_UP_TO = "X-Changed-Up-To";

    private final EdiExchange exchange;
    private final SupplierOrders orders;
    private final PurchaseOrderViews views;
    private final OrdersWriter writer;
    private final PartnerScope partner;
    private final CurrentActor actor;
    private final Plant plant;
    private final Clock clock;

    PartnerEdiResource(EdiExchange exchange, SupplierOrders orders, PurchaseOrderViews views, OrdersWriter writer, PartnerScope partner,
            CurrentActor actor, Plant plant, Clock clock) {
        this.exchange = exchange;
        this.orders = orders;
        this.views = views;
        this.writer = writer;
        this.partner = partner;
        this.actor = actor;
        this.plant = plant;
        this.clock = clock;
    }

    /**
     * An interchange of ORDRSP and DESADV messages (UNOA to UNOC, read as ISO 8859-1), taken whole: 200 with what each
     * message did; 400 naming the segment and element of every fault; 409 or 422 as the JSON API would answer, named
     * the same way, and nothing taken. A resend of the same interchange answers the same.
     */
    @POST
    @Consumes(EDIFACT)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<EdiOutcome> receive(byte[] interchange) {
        return exchange.receive(partner.supplier(), interchange == null ? new byte[0] : interchange, actor.get());
    }

    /** ORDERS for the caller's open purchase orders, or for every order changed after {@code changedSince}. */
    @GET
    @Path("orders")
    @Produces(EDIFACT)
    public Uni<Response> orders(@QueryParam("changedSince") String changedSince) {
        String supplier = partner.supplier();
        return orders.toSend(supplier, QueryValues.instant("changedSince", changedSince), ORDERS_PER_INTERCHANGE)
                .flatMap(found -> Panache.withSession(() -> views.partner(found)
                        .flatMap(shown -> reference().map(reference -> Response.ok(
                                        writer.write(shown, "FORGELINE" + plant.code(), supplier, reference, clock.instant(), plant.zone()))
                                .type(EDIFACT + "; charset=" + InterchangeReader.CHARSET)
                                .header("Content-Disposition", "attachment; filename=\"ORDERS-" + reference + ".edi\"")
                                .header(CHANGED_UP_TO, found.stream().map(PurchaseOrder::changedAt).filter(Objects::nonNull)
                                        .max(Comparator.naturalOrder()).orElse(null))
                                .build()))));
    }

    /** The next control reference of an interchange we send (UNB 0020, an..14). */
    private static Uni<String> reference() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("select nextval('edi_orders_reference')", Long.class)
                .getSingleResult()).map(next -> "FL" + String.format("%012d", next));
    }
}
