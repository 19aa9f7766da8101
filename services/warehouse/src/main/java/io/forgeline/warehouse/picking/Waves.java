package io.forgeline.warehouse.picking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups pick tasks into waves, so one picker walks a zone once for all tasks due about the same time.
 * A wave opens with the earliest task of a zone not yet in a wave and takes every task of that zone
 * planned to start before the window has passed (window start inclusive, end exclusive); the next task
 * opens the next wave. A window anchored at each wave's first task, rather than fixed clock slots, keeps
 * tasks a minute apart together even when a slot boundary falls between them (07:59 and 08:00).
 */
public final class Waves {

    /** A pick task as waves see it: where it is picked and when it is planned to start. */
    public record Task(String id, String zone, Instant plannedStart) {

        public Task {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(plannedStart, "plannedStart");
        }
    }

    /** Tasks of one zone picked together; {@code start} is the planned start of its first task. */
    public record Wave(String zone, Instant start, List<Task> tasks) {

        public Wave {
            tasks = List.copyOf(tasks);
        }
    }

    private static final Comparator<Task> BY_START = Comparator.comparing(Task::plannedStart).thenComparing(Task::id);

    private Waves() {
    }

    /** The waves, ordered by start, then zone; within a wave, tasks by planned start, then id. */
    public static List<Wave> group(Collection<Task> tasks, Duration window) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a wave window must be longer than zero, not " + window);
        }
        Map<String, List<Task>> byZone = new TreeMap<>();
        for (Task task : tasks) {
            byZone.computeIfAbsent(task.zone(), zone -> new ArrayList<>()).add(task);
        }
        List<Wave> waves = new ArrayList<>();
        byZone.forEach((zone, zoneTasks) -> waves.addAll(wavesOfOneZone(zone, zoneTasks, window)));
        waves.sort(Comparator.comparing(Wave::start).thenComparing(Wave::zone));
        return List.copyOf(waves);
    }

    private static List<Wave> wavesOfOneZone(String zone, List<Task> tasks, Duration window) {
        tasks.sort(BY_START);
        List<Wave> waves = new ArrayList<>();
        List<Task> current = new ArrayList<>();
        Instant closes = null;
        for (Task task : tasks) {
            if (closes != null && task.plannedStart().isBefore(closes)) {
                current.add(task);
                continue;
            }
            if (!current.isEmpty()) {
                waves.add(new Wave(zone, current.getFirst().plannedStart(), current));
            }
            current = new ArrayList<>(List.of(task));
            closes = task.plannedStart().plus(window);
        }
        if (!current.isEmpty()) {
            waves.add(new Wave(zone, current.getFirst().plannedStart(), current));
        }
        return waves;
    }
}
