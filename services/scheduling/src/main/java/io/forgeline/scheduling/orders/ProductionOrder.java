package io.forgeline.scheduling.orders;

import io.forgeline.platform.problem.IllegalTransition;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The aggregate: a quantity of one item due at an instant, moving through its life one legal step at a time. */
@Entity
@Table(name = "production_order")
public class ProductionOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    /** What people say and print: MO-000042. */
    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(name = "due_date", nullable = false)
    public Instant dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority = Priority.NORMAL;

    /** Nothing of the order may start before this; null: as soon as possible. */
    @Column(name = "release_at")
    public Instant releaseAt;

    @Column(name = "availability_checked", nullable = false)
    public boolean availabilityChecked;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "production_order_material", joinColumns = @JoinColumn(name = "order_id"))
    public List<MaterialLine> materials = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    protected ProductionOrder() {
    }

    static ProductionOrder planned(String number, String itemCode, BigDecimal quantity, String unit, Instant dueDate,
            List<MaterialLine> materials, boolean availabilityChecked, String createdBy, Instant now) {
        ProductionOrder order = new ProductionOrder();
        order.id = UUID.randomUUID();
        order.number = number;
        order.itemCode = itemCode;
        order.quantity = quantity;
        order.unit = unit;
        order.dueDate = dueDate;
        order.status = OrderStatus.PLANNED;
        order.materials = new ArrayList<>(materials);
        order.availabilityChecked = availabilityChecked;
        order.createdBy = createdBy;
        order.createdAt = now;
        return order;
    }

    /**
     * The earliest the order's material is all there: the latest promised arrival of a short bought component,
     * or null when nothing short has a promise (stock now, or nobody knows yet).
     */
    public Instant materialReadyAt() {
        return materials.stream().filter(m -> m.purchased && m.shortage().isPositive() && m.expectedAt != null)
                .map(m -> m.expectedAt).max(Instant::compareTo).orElse(null);
    }

    public boolean isRush() {
        return priority == Priority.RUSH;
    }

    /** @return the state it left, for the audit trail */
    OrderStatus moveTo(OrderStatus next) {
        if (!status.next().contains(next)) {
            throw new IllegalTransition("production order " + number + " is " + status + " and cannot become " + next);
        }
        OrderStatus previous = status;
        status = next;
        return previous;
    }
}
