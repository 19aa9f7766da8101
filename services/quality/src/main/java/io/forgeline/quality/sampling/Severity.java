package io.forgeline.quality.sampling;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hard a lot is inspected, as the switching rules set it for an item, supplier and defect class. */
public enum Severity {
    NORMAL, TIGHTENED, REDUCED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> byId(String id) {
        return Arrays.stream(values()).filter(severity -> severity.name().equalsIgnoreCase(id)).findFirst();
    }
}
