package io.forgeline.quality.sampling;

import java.util.Arrays;
import java.util.Optional;

/** The general inspection levels I, II (the usual one), III and the special levels S-1 to S-4 for costly tests. */
public enum InspectionLevel {
    S1("S-1"), S2("S-2"), S3("S-3"), S4("S-4"), I("I"), II("II"), III("III");

    private final String id;

    InspectionLevel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<InspectionLevel> byId(String id) {
        String wanted = id == null ? "" : id.trim().toUpperCase().replace("G-", "");
        return Arrays.stream(values()).filter(level -> level.id.equals(wanted) || level.id.replace("-", "").equals(wanted)).findFirst();
    }
}
