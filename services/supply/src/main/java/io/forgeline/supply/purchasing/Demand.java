package io.forgeline.supply.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A purchase requisition a line covers: scheduling's shortage of the item for one production order (empty for a
 * stock replenishment), needed by {@code needDate}.
 */
public record Demand(UUID requisitionId, String productionOrderNumber, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                     Instant needDate) {
}
