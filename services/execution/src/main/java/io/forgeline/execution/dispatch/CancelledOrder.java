package io.forgeline.execution.dispatch;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A production order scheduling cancelled: its operations never come (back) onto a dispatch list. */
@Entity
@Table(name = "cancelled_order")
public class CancelledOrder extends PanacheEntityBase {

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "cancelled_at", nullable = false)
    private Instant cancelledAt;

    @Column(name = "cancelled_by", nullable = false)
    private String cancelledBy;

    protected CancelledOrder() {
    }

    static CancelledOrder of(UUID orderId, String orderNumber, Instant cancelledAt, String cancelledBy) {
        CancelledOrder cancelled = new CancelledOrder();
        cancelled.orderId = orderId;
        cancelled.orderNumber = orderNumber;
        cancelled.cancelledAt = cancelledAt;
        cancelled.cancelledBy = cancelledBy;
        return cancelled;
    }

    UUID orderId() {
        return orderId;
    }

    /** Why an operator may not touch the order's operations, in the words the terminal shows. */
    String reason() {
        return "production order " + orderNumber + " was cancelled by " + cancelledBy + " at " + cancelledAt
                + ": its operations can no longer be started or completed";
    }
}
