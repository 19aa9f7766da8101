package io.forgeline.scheduling.planning;

import java.util.HashMap;
import java.util.Map;

/**
 * Sequence-dependent setup minutes when a machine changes from one product family to another. The first
 * operation on a machine pays {@link #initial(String)}; same family to same family costs nothing unless set.
 */
public final class SetupMatrix {
    private final Map<String, Long> changeovers = new HashMap<>();
    private final Map<String, Long> initial = new HashMap<>();

    public static SetupMatrix none() {
        return new SetupMatrix();
    }

    public SetupMatrix changeover(String fromFamily, String toFamily, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("setup from " + fromFamily + " to " + toFamily + " is negative");
        }
        changeovers.put(fromFamily + "\u0000" + toFamily, minutes);
        return this;
    }

    public SetupMatrix initial(String family, long minutes) {
        initial.put(family, minutes);
        return this;
    }

    public long minutes(String fromFamily, String toFamily) {
        if (toFamily == null) {
            return 0;
        }
        if (fromFamily == null) {
            return initial(toFamily);
        }
        return changeovers.getOrDefault(fromFamily + "\u0000" + toFamily, 0L);
    }

    public long initial(String family) {
        return family == null ? 0 : initial.getOrDefault(family, 0L);
    }
}
