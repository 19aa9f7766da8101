package io.forgeline.scheduling.orders;

import io.forgeline.platform.actor.Actor;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who moved an order, when, and between which states. Rows are only ever added. */
@Entity
@Table(name = "production_order_audit")
public class OrderAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public OrderStatus toStatus;

    static OrderAudit of(ProductionOrder order, String action, OrderStatus from, Actor actor, Instant at) {
        OrderAudit audit = new OrderAudit();
        audit.orderId = order.id();
        audit.at = at;
        audit.actor = actor.name();
        audit.action = action;
        audit.fromStatus = from;
        audit.toStatus = order.status();
        return audit;
    }
}
