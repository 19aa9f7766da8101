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

    /** A code a label or a master record holds: an item, a supplier, a lot, a characteristic. */
    public static final int CODE = 64;
    /** A unit of measure's code. */
    public static final int UNIT = 16;
    /** A short description, a name. */
    public static final int NAME = 200;
    /** What a person writes in their own words: a reason, a comment, an 8D discipline. */
    public static final int NOTE = 4000;

    private FieldChecks() {
    }

    /** The value trimmed, or null when missing or blank; "must be at most N characters" when longer. */
    public static String atMost(String value, int max, String at, List<FieldError> errors) {
        String trimmed = blankIsNull(value);
        if (trimmed != null && trimmed.length() > max) {
            errors.add(new FieldError(at, "must be at most " + max + " characters"));
            return null;
        }
        return trimmed;
    }

    /** The value trimmed; "is required" when missing or blank, "must be at most N characters" when longer. */
    public static String required(String value, int max, String at, List<FieldError> errors) {
        String trimmed = required(value, at, errors);
        return trimmed == null ? null : atMost(trimmed, max, at, errors);
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
