package io.forgeline.execution.instructions;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a work instruction says: its steps in order and its data-collection fields. Kept as one JSON document (an
 * object at the root: Hibernate Reactive reads a JSON column's root as an object), shown to clients as it is stored.
 */
public record InstructionContent(List<Step> steps, List<Field> fields) {

    /** One step: what to do in English, optionally in Simplified Chinese, optionally with an uploaded image's name. */
    public record Step(String text, String textZh, String image) {
    }

    /** One field to record: a measurement (unit and limits optional, either limit alone allowed) or a checkbox. */
    public record Field(String code, String label, String labelZh, FieldKind kind, String unit,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lowerLimit,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal upperLimit, boolean required) {

        /** A measurement breaking no limit it has; one without limits is within them. */
        boolean within(BigDecimal value) {
            return (lowerLimit == null || value.compareTo(lowerLimit) >= 0) && (upperLimit == null || value.compareTo(upperLimit) <= 0);
        }
    }

    public Optional<Field> field(String code) {
        return fields.stream().filter(f -> f.code().equals(code)).findFirst();
    }
}
