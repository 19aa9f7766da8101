package io.forgeline.scheduling.planning;

/** One machine that can run an operation, and how many minutes the operation takes there. */
public record MachineOption(String machine, long minutes) {
    public MachineOption {
        if (minutes <= 0) {
            throw new IllegalArgumentException("an operation on " + machine + " must take more than zero minutes");
        }
    }
}
