package io.forgeline.execution.signals;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Reads a machine's stored signals as a {@link MachineTimeline}. */
@ApplicationScoped
public class MachineTimelines {

    /** The machine's timeline in [from, to). */
    public Uni<MachineTimeline> timeline(String machineCode, Instant from, Instant to) {
        // The signal store is being built in the signals branch; this placeholder exists so the OEE can compile.
        return Uni.createFrom().failure(new UnsupportedOperationException("signal store not built yet"));
    }
}
