package io.forgeline.execution.oee;

import java.math.BigDecimal;
import java.time.Instant;

/** One operator's quantity report on an operation of the machine, at the time it was reported. */
public record ReportedQuantity(String operationKey, Instant reportedAt, BigDecimal good, BigDecimal scrap, BigDecimal rework) {
}
