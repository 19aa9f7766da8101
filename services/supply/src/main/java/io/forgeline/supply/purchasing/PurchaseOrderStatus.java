package io.forgeline.supply.purchasing;

import java.util.EnumSet;
import java.util.Set;

/**
 * A purchase order's life: a buyer's DRAFT until sent; OPEN while the supplier has lines to answer;
 * COUNTER_PROPOSED while a buyer has a supplier's proposal to decide on; CONFIRMED when every line is committed;
 * SHIPPED once goods are announced; RECEIVED at our dock; CANCELLED while nothing has shipped.
 */
public enum PurchaseOrderStatus {
    DRAFT, OPEN, COUNTER_PROPOSED, CONFIRMED, SHIPPED, RECEIVED, CANCELLED;

    /** The moves a purchase order may make; anything else is an illegal transition (409). */
    Set<PurchaseOrderStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CANCELLED);
            case OPEN, COUNTER_PROPOSED, CONFIRMED -> EnumSet.of(OPEN, COUNTER_PROPOSED, CONFIRMED, SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(RECEIVED);
            case RECEIVED, CANCELLED -> EnumSet.noneOf(PurchaseOrderStatus.class);
        };
    }
}
