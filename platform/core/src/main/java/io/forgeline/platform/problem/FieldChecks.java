package io.forgeline.platform.problem;

import io.forgeline.platform.problem.Problem.FieldError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The small checks a body's fields go through before {@link FieldErrors#invalid}: each adds its refusal to the list
 * and answers null, so one request names every wrong field at once.
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** The value trimmed; "is required" when it is missing or blank. */
    public static String required(String value, String at, List<FieldError> errors) {
        if (blankIsNull(value) == null) {
            errors.add(new FieldError(at, "is required"));
            return null;
        }
        return value.trim();
    }

    /** One of an enum's names, in any case; the refusal lists them all. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String at, List<FieldError> errors) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String wanted = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (names.contains(wanted)) {
            return Enum.valueOf(type, wanted);
        }
        errors.add(new FieldError(at, (wanted.isEmpty() ? "is required: " : "must be ") + String.join(", ", names)));
        return null;
    }

    public static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
