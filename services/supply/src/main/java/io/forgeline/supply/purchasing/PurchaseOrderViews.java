package io.forgeline.supply.purchasing;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.forgeline.ident.key.Gtin;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.supply.supplier.SuppliedItem;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Purchase orders as buyers and suppliers read them, with what the item master and the supplier's terms say about
 * each line's item (description, GTIN, the supplier's own item number). One read per page, not per line.
 */
@ApplicationScoped
public class PurchaseOrderViews {

    private final Items items;

    PurchaseOrderViews(Items items) {
        this.items = items;
    }

    public Uni<List<PurchaseOrderView>> staff(Collection<PurchaseOrder> orders) {
        return context(orders).map(context -> orders.stream().map(o -> PurchaseOrderView.of(o, context, true)).toList());
    }

    public Uni<PurchaseOrderView> staff(PurchaseOrder order) {
        return staff(List.of(order)).map(List::getFirst);
    }

    public Uni<List<PurchaseOrderView>> partner(Collection<PurchaseOrder> orders) {
        return context(orders).map(context -> orders.stream().map(o -> PurchaseOrderView.of(o, context, false)).toList());
    }

    public Uni<PurchaseOrderView> partner(PurchaseOrder order) {
        return partner(List.of(order)).map(List::getFirst);
    }

    private Uni<Context> context(Collection<PurchaseOrder> orders) {
        var codes = orders.stream().flatMap(o -> o.lines().stream()).map(PurchaseOrderLine::itemCode).collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return Uni.createFrom().item(new Context(Map.of(), Map.of()));
        }
        return items.byCode(codes).flatMap(known -> Panache.withSession(() -> SuppliedItem.<SuppliedItem>list("key.itemCode in ?1", codes))
                .map(terms -> {
                    Map<SuppliedItem.Key, String> numbers = new HashMap<>();
                    terms.forEach(t -> numbers.put(t.key, t.supplierItemNumber));
                    return new Context(known, numbers);
                }));
    }

    private record Context(Map<String, Item> items, Map<SuppliedItem.Key, String> supplierItemNumbers) {
    }

    /**
     * A purchase order as a buyer or (without {@code demands}, {@code createdBy} and {@code demandCancelledAt}) as its
     * supplier reads it. {@code promisedDate} is when the last confirmed goods arrive (null before any line is
     * confirmed); {@code confirmations} counts how often the supplier's commitments changed.
     */
    public record PurchaseOrderView(UUID id, String number, String supplierCode, PurchaseOrderStatus status, int revision,
                                    String deliveryPlant, Instant createdAt, @JsonInclude(Include.NON_NULL) String createdBy,
                                    Instant sentAt, Instant changedAt, Instant promisedDate, int confirmations, Instant cancelledAt,
                                    @JsonInclude(Include.NON_NULL) Instant demandCancelledAt,
                                    List<LineView> lines) {

        static PurchaseOrderView of(PurchaseOrder o, Context context, boolean staff) {
            return new PurchaseOrderView(o.id(), o.number(), o.supplierCode(), o.status(), o.revision(), o.deliveryPlant(), o.createdAt(),
                    staff ? o.createdBy() : null, o.sentAt(), o.changedAt(), o.promisedDate(), o.confirmations(), o.cancelledAt(),
                    staff ? o.demandCancelledAt() : null,
                    o.lines().stream().map(l -> LineView.of(o, l, context, staff)).toList());
        }
    }

    /**
     * {@code deliveries}: what the supplier committed to; {@code proposal}: what it offers instead while a buyer
     * decides (empty otherwise); {@code demands}: the production orders the line covers (buyers only).
     */
    public record LineView(int lineNumber, String itemCode, String itemDescription, String gtin, String supplierItemNumber,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit, LocalDate requestedDate,
                           String deliveryPlant, LineStatus status, List<Delivery> deliveries, List<Delivery> proposal,
                           @JsonInclude(Include.NON_NULL) List<DemandView> demands) {

        static LineView of(PurchaseOrder order, PurchaseOrderLine l, Context context, boolean staff) {
            Item item = context.items().get(l.itemCode());
            return new LineView(l.lineNumber(), l.itemCode(), item == null ? null : item.description,
                    item == null ? null : item.tradeItemNumber().map(Gtin::value).orElse(null),
                    context.supplierItemNumbers().get(new SuppliedItem.Key(order.supplierCode(), l.itemCode())), tidy(l.quantity()), l.unit(),
                    l.requestedDate(), order.deliveryPlant(), l.status(), tidied(l.confirmed()), tidied(l.proposed()),
                    staff ? l.demands().stream().map(d -> new DemandView(d.productionOrderNumber(), tidy(d.quantity()), d.needDate())).toList()
                            : null);
        }

        /** Deliveries with their quantities written as people write them (500, not 500.000000). */
        static List<Delivery> tidied(List<Delivery> deliveries) {
            return deliveries.stream().map(d -> new Delivery(tidy(d.quantity()), d.date())).toList();
        }
    }

    public record DemandView(String productionOrderNumber, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, Instant needDate) {
    }
}
