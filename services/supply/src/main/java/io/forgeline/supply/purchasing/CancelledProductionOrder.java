package io.forgeline.supply.purchasing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A production order scheduling cancelled: a requisition raised for it that arrives late opens no purchase order. */
@Entity
@Table(name = "cancelled_production_order")
public class CancelledProductionOrder extends PanacheEntityBase {

    @Id
    private String number;

    @Column(name = "cancelled_at", nullable = false)
    private Instant cancelledAt;

    @Column(name = "cancelled_by", nullable = false)
    private String cancelledBy;

    protected CancelledProductionOrder() {
    }

    static CancelledProductionOrder of(String number, Instant cancelledAt, String cancelledBy) {
        CancelledProductionOrder cancelled = new CancelledProductionOrder();
        cancelled.number = number;
        cancelled.cancelledAt = cancelledAt;
        cancelled.cancelledBy = cancelledBy;
        return cancelled;
    }
}
