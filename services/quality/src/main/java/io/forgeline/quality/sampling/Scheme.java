package io.forgeline.quality.sampling;

import java.util.Arrays;
import java.util.Optional;

/**
 * The standard whose tables and switching rules apply. ISO 2859-1:1999 is identical to GB/T 2828.1-2012 and is
 * the default; ANSI/ASQ Z1.4-2008 shares its code letters, normal and tightened plans, and differs in the reduced
 * plans (an acceptance gap) and in the rule for switching to reduced.
 */
public enum Scheme {
    ISO_2859_1("ISO2859-1"), Z1_4("Z1.4");

    private final String id;

    Scheme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Scheme> byId(String id) {
        return Arrays.stream(values()).filter(scheme -> scheme.id.equalsIgnoreCase(id)).findFirst();
    }
}
