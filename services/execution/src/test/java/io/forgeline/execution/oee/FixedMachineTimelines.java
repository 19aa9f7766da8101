package io.forgeline.execution.oee;

import io.forgeline.execution.signals.MachineRunState;
import io.forgeline.execution.signals.MachineTimeline;
import io.forgeline.execution.signals.MachineTimeline.CountedParts;
import io.forgeline.execution.signals.MachineTimeline.StateSpan;
import io.forgeline.execution.signals.MachineTimelines;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.List;

/**
 * Stands in for the machine-signal store's reader so that the publisher's tests control what every machine did at any
 * time: a stand-in for a sibling feature, not for infrastructure (PostgreSQL, Kafka and Keycloak stay real). The worked
 * shift through the real store, signals posted as an edge gateway would, is {@link OeeFromSignalsTest}. Enabled only by {@link OeeProfile}. Around 2026-06-15 every machine did the worked shift of docs/oee.md
 * ({@link OeeRuleTest#workedShift()}); at any other time it ran the whole window and counted 7 parts at its start.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FixedMachineTimelines extends MachineTimelines {

    static final Instant WORKED_DAY = Instant.parse("2026-06-14T22:00:00Z");

    FixedMachineTimelines() {
        super(null, null, null);
    }

    @Override
    public Uni<MachineTimeline> timeline(String machineCode, Instant from, Instant to) {
        if (from.isBefore(WORKED_DAY.plusSeconds(86_400)) && to.isAfter(WORKED_DAY)) {
            MachineTimeline worked = OeeRuleTest.workedShift();
            return Uni.createFrom().item(new MachineTimeline(machineCode, from, to, worked.states(), worked.parts(), worked.rejects()));
        }
        return Uni.createFrom().item(new MachineTimeline(machineCode, from, to, List.of(new StateSpan(MachineRunState.RUNNING, from, to, null)),
                List.of(new CountedParts(from, 7)), List.of()));
    }
}
