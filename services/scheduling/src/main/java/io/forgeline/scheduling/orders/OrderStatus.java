package io.forgeline.scheduling.orders;

import java.util.EnumSet;
import java.util.Set;

public enum OrderStatus {
    PLANNED, RELEASED, SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** The moves the shop floor may make; anything else is an illegal transition (409). */
    Set<OrderStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(RELEASED, CANCELLED);
            case RELEASED -> EnumSet.of(SCHEDULED, IN_PROGRESS, CANCELLED);
            case SCHEDULED -> EnumSet.of(SCHEDULED, IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
