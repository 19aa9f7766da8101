package io.forgeline.scheduling.planning;

import java.util.List;

/**
 * One routing step of a production order. {@code options} are the eligible machines, each with its own
 * duration (a flexible job shop); {@code setupFamily} selects the sequence-dependent setup; the operation
 * may not start before {@code materialReadyAt}; {@code mayPauseAtBreaks} lets it run across a break in the
 * calendar (otherwise setup and run must fit into one uninterrupted working window).
 */
public record Operation(String id, List<MachineOption> options, String setupFamily, long materialReadyAt,
        boolean mayPauseAtBreaks) {
    public Operation {
        options = List.copyOf(options);
    }

    public static Operation on(String id, String machine, long minutes) {
        return new Operation(id, List.of(new MachineOption(machine, minutes)), null, 0, true);
    }
}
