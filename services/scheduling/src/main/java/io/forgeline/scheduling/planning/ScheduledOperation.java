package io.forgeline.scheduling.planning;

/**
 * One operation in a schedule: its order ({@code orderIndex} is the order's place in the plant),
 * its place in the routing, the machine, and when setup starts, the run starts and the run ends
 * (minutes from the plan's start; setup runs from {@code setupStart} to {@code start}).
 */
public record ScheduledOperation(String order, int orderIndex, String operation, int position, String machine,
        long setupStart, long start, long end) {}
