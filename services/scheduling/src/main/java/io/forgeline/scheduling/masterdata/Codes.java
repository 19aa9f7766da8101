package io.forgeline.scheduling.masterdata;

import io.forgeline.platform.problem.InvalidField;
import java.util.regex.Pattern;

/** The codes people type and scan (GEARBOX-A, CNC-01-M1): letters, digits, dot, dash, underscore. */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Codes() {
    }

    /** A code from the path of a PUT that creates: it becomes a key other services keep, so it must be clean. */
    public static String check(String field, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidField(field, "must be 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        return code;
    }

    /** Blank optional text is absent text. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
