package io.forgeline.scheduling.orders;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A production order as the planner's screen and API clients see it. */
public record OrderView(UUID id, String number, String itemCode,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit,
                        Instant dueDate, Instant releaseAt, Priority priority, OrderStatus status, boolean availabilityChecked, List<Material> materials,
                        String createdBy, Instant createdAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Material(String itemCode,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal required,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal available,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal shortage,
                           String unit, boolean purchased, int level, Instant expectedAt) {
    }

    static OrderView of(ProductionOrder order) {
        List<Material> materials = order.materials().stream()
                .map(m -> new Material(m.itemCode(), tidy(m.required()), tidy(m.available()), m.shortage().amount(), m.unit(),
                        m.purchased(), m.level(), m.expectedAt()))
                .toList();
        return new OrderView(order.id(), order.number(), order.itemCode(), tidy(order.quantity()), order.unit(), order.dueDate(),
                order.releaseAt(), order.priority(), order.status(), order.availabilityChecked(), materials, order.createdBy(),
                order.createdAt());
    }
}
