package io.forgeline.execution.instructions;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A recorded value as the terminal shows it: {@code value} for a measurement, {@code checked} for a checkbox (the other null). */
public record CollectedView(UUID id, String field, FieldKind kind, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
                            Boolean checked, Boolean withinLimits, String unit, Instant recordedAt, String recordedBy) {

    public static CollectedView of(CollectedValue v) {
        return new CollectedView(v.id, v.fieldCode, v.kind, tidy(v.measured), v.checked, v.withinLimits, v.unit,
                v.recordedAt, v.recordedBy);
    }
}
