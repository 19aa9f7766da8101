package io.forgeline.supply.purchasing;

import java.util.EnumSet;
import java.util.Set;

/**
 * A purchase order's life: OPEN until the supplier confirms a date (CONFIRMED, again on every new date),
 * SHIPPED once its ASN is sent, RECEIVED at our dock; CANCELLED while nothing has shipped.
 */
public enum PurchaseOrderStatus {
    OPEN, CONFIRMED, SHIPPED, RECEIVED, CANCELLED;

    /** The moves a purchase order may make; anything else is an illegal transition (409). */
    Set<PurchaseOrderStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(CONFIRMED, SHIPPED, CANCELLED);
            case CONFIRMED -> EnumSet.of(CONFIRMED, SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(RECEIVED);
            case RECEIVED, CANCELLED -> EnumSet.noneOf(PurchaseOrderStatus.class);
        };
    }
}
