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
import java.util.Optional;
import java.util.UUID;

/**
 * The aggregate: a quantity of one item due at an instant, moving through its life one legal step at a time.
 * Its fields are private: the status and the material lines change only through the methods below, so no
 * caller can skip a transition. Hibernate reads and writes the fields directly.
 */
@Entity
@Table(name = "production_order")
public class ProductionOrder extends PanacheEntityBase {

    @Id
    private UUID id;

    /** What people say and print: MO-000042. */
    @Column(nullable = false, unique = true)
    private String number;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(nullable = false)
    private String unit;

    @Column(name = "due_date", nullable = false)
    private Instant dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority = Priority.NORMAL;

    /** Nothing of the order may start before this; null: as soon as possible. */
    @Column(name = "release_at")
    private Instant releaseAt;

    @Column(name = "availability_checked", nullable = false)
    private boolean availabilityChecked;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "production_order_material", joinColumns = @JoinColumn(name = "order_id"))
    private List<MaterialLine> materials = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ProductionOrder() {
    }

    static ProductionOrder planned(String number, String itemCode, BigDecimal quantity, String unit, Instant dueDate,
            Instant releaseAt, Priority priority, List<MaterialLine> materials, boolean availabilityChecked, String createdBy,
            Instant now) {
        ProductionOrder order = new ProductionOrder();
        order.id = UUID.randomUUID();
        order.number = number;
        order.itemCode = itemCode;
        order.quantity = quantity;
        order.unit = unit;
        order.dueDate = dueDate;
        order.releaseAt = releaseAt;
        order.priority = priority == null ? Priority.NORMAL : priority;
        order.status = OrderStatus.PLANNED;
        order.materials = new ArrayList<>(materials);
        order.availabilityChecked = availabilityChecked;
        order.createdBy = createdBy;
        order.createdAt = now;
        return order;
    }

    /**
     * PLANNED → RELEASED.
     *
     * @return the state it left, for the audit trail
     */
    OrderStatus release() {
        return moveTo(OrderStatus.RELEASED);
    }

    /**
     * PLANNED → RELEASED with the material situation as it is now: a planned order's stock was looked at when
     * it was proposed and may have changed since.
     */
    OrderStatus release(List<MaterialLine> materialsNow, boolean availabilityCheckedNow) {
        OrderStatus from = release();
        materials = new ArrayList<>(materialsNow);
        availabilityChecked = availabilityCheckedNow;
        return from;
    }

    /** A published schedule plans the order: a released one becomes SCHEDULED, any other stays as it is. */
    Optional<OrderStatus> schedule() {
        return status == OrderStatus.RELEASED ? Optional.of(moveTo(OrderStatus.SCHEDULED)) : Optional.empty();
    }

    /** The shop floor started one of its operations: IN_PROGRESS from the first one on. */
    Optional<OrderStatus> start() {
        return status == OrderStatus.RELEASED || status == OrderStatus.SCHEDULED
                ? Optional.of(moveTo(OrderStatus.IN_PROGRESS)) : Optional.empty();
    }

    /**
     * The shop floor completed its last operation. A cancelled order stays cancelled (the floor may finish
     * what it had started before it heard of the cancellation); a completed one is not completed twice.
     */
    Optional<OrderStatus> complete() {
        return status == OrderStatus.COMPLETED || status == OrderStatus.CANCELLED
                ? Optional.empty() : Optional.of(moveTo(OrderStatus.COMPLETED));
    }

    /** Refused (409) once the shop floor has started it, or when it is already done or cancelled. */
    OrderStatus cancel() {
        return moveTo(OrderStatus.CANCELLED);
    }

    /**
     * A supplier promised when a short bought component arrives. Only a promise newer than the one the line
     * holds counts (see {@link MaterialLine#takePromise}), and nothing changes on a finished or cancelled order.
     *
     * @return true when the material is now ready later than planning assumed (the plan must move)
     */
    boolean promised(SupplierPromise promise) {
        if (status == OrderStatus.COMPLETED || status == OrderStatus.CANCELLED) {
            return false;
        }
        Instant readyBefore = materialReadyAt();
        boolean changed = false;
        for (MaterialLine line : materials) {
            changed |= line.itemCode().equals(promise.itemCode()) && line.takePromise(promise);
        }
        if (!changed) {
            return false;
        }
        // an element collection is replaced as a whole: tell Hibernate the list changed
        materials = new ArrayList<>(materials);
        Instant readyNow = materialReadyAt();
        return readyNow != null && (readyBefore == null || readyNow.isAfter(readyBefore));
    }

    /**
     * The earliest the order's material is all there: the latest promised arrival of a short bought component,
     * or null when nothing short has a promise (stock now, or nobody knows yet).
     */
    public Instant materialReadyAt() {
        return materials.stream().filter(m -> m.purchased() && m.shortage().isPositive() && m.expectedAt() != null)
                .map(MaterialLine::expectedAt).max(Instant::compareTo).orElse(null);
    }

    public boolean isRush() {
        return priority == Priority.RUSH;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String itemCode() {
        return itemCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public Instant dueDate() {
        return dueDate;
    }

    public OrderStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public Instant releaseAt() {
        return releaseAt;
    }

    public boolean availabilityChecked() {
        return availabilityChecked;
    }

    /** The material lines as they are; change them through the order's methods. */
    public List<MaterialLine> materials() {
        return List.copyOf(materials);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** @return the state it left, for the audit trail */
    private OrderStatus moveTo(OrderStatus next) {
        if (!status.next().contains(next)) {
            throw new IllegalTransition("production order " + number + " is " + status + " and cannot become " + next);
        }
        OrderStatus previous = status;
        status = next;
        return previous;
    }
}
