package io.forgeline.execution.consumption;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A consumption as the terminal lists it under its operation. */
public record ConsumptionView(UUID id, UUID orderId, String orderNumber, int operationSequence, String itemCode, String lot, String sscc,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit, boolean unstaged,
                              Instant consumedAt, String consumedBy, String terminal) {

    static ConsumptionView of(MaterialConsumption c) {
        return new ConsumptionView(c.id, c.orderId, c.orderNumber, c.operationSequence, c.itemCode, c.lot, c.sscc,
                c.quantity.stripTrailingZeros(), c.unit, c.unstaged, c.consumedAt, c.consumedBy, c.terminal);
    }
}
