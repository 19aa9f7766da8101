package io.forgeline.warehouse.shipping;

import io.forgeline.platform.problem.IllegalTransition;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An outbound delivery (DL-…): what a customer gets, from which shipping bin, on which day. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "customer_code", nullable = false)
    public String customerCode;

    @Column(name = "customer_name")
    public String customerName;

    /** The customer's order number, as the ERP gave it. */
    @Column(name = "customer_reference")
    public String customerReference;

    @Column(name = "ship_on", nullable = false)
    public LocalDate shipOn;

    /** The shipping bin its goods are picked to, packed and shipped from. */
    @Column(name = "ship_from", nullable = false)
    public String shipFrom;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Lines lines;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DeliveryStatus status;

    @Column(name = "has_shortage", nullable = false)
    public boolean hasShortage;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "shipped_at")
    public Instant shippedAt;

    @Column(name = "shipped_by")
    public String shippedBy;

    @Version
    public long version;

    /** One line the customer ordered, in the item's base unit. */
    public record Line(int line, String itemCode, BigDecimal quantity, String unit) {
    }

    /** The lines as one JSON object: Hibernate Reactive reads and writes a JSON column's root as an object. */
    record Lines(List<Line> lines) {
    }

    public List<Line> lines() {
        return lines.lines();
    }

    public DeliveryStatus status() {
        return status;
    }

    static Delivery of(String number, DeliveryRequest request, String shipFrom, String by, Instant at) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.number = number;
        delivery.customerCode = request.customerCode().trim();
        delivery.customerName = blankToNull(request.customerName());
        delivery.customerReference = blankToNull(request.customerReference());
        delivery.shipOn = request.shipOn();
        delivery.shipFrom = shipFrom;
        List<Line> lines = new ArrayList<>();
        for (DeliveryRequest.Line line : request.lines()) {
            lines.add(new Line(lines.size() + 1, line.itemCode().trim(), line.quantity(), line.unit().trim()));
        }
        delivery.lines = new Lines(List.copyOf(lines));
        delivery.status = DeliveryStatus.OPEN;
        delivery.createdBy = by;
        delivery.createdAt = at;
        return delivery;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    void requireOpen() {
        if (status != DeliveryStatus.OPEN) {
            throw new IllegalTransition("delivery " + number + " was shipped at " + shippedAt + ": nothing changes any more");
        }
    }

    void shipped(String by, Instant at) {
        requireOpen();
        status = DeliveryStatus.SHIPPED;
        shippedBy = by;
        shippedAt = at;
    }
}
