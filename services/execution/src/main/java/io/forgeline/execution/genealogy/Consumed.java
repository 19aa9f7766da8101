package io.forgeline.execution.genealogy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A consumption as the genealogy needs it: which lot (and serialised unit, or null), into which order's operation, how much. */
public record Consumed(UUID id, UUID orderId, String orderNumber, int operationSequence, String itemCode, String lot, String serial,
                       BigDecimal quantity, String unit, Instant consumedAt, String consumedBy) {
}
