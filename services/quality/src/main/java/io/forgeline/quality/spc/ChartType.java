package io.forgeline.quality.spc;

import java.util.Arrays;
import java.util.Optional;

/** The control charts a quality engineer draws, named as requests and pages name them. */
public enum ChartType {
    XBAR_R("xbar-r", true), XBAR_S("xbar-s", true), I_MR("i-mr", true),
    P("p", false), NP("np", false), C("c", false), U("u", false);

    private final String id;
    private final boolean variables;

    ChartType(String id, boolean variables) {
        this.id = id;
        this.variables = variables;
    }

    public String id() {
        return id;
    }

    /** Measured values (subgroups or individuals) rather than counts of nonconforming units or nonconformities. */
    public boolean variables() {
        return variables;
    }

    public static Optional<ChartType> byId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(ChartType::id).toList());
    }
}
