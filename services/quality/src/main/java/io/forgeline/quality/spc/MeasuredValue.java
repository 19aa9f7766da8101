package io.forgeline.quality.spc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One unit's measured value as an inspection recorded it, with where it came from. */
public record MeasuredValue(BigDecimal value, Instant measuredAt, UUID inspectionLotId, String lot, String supplierCode, String recordedBy) {
}
