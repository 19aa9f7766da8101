package io.forgeline.execution.calendars;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A half-open stretch of time [from, to) in epoch milliseconds: the OEE adds and subtracts time exactly, so it counts in
 * whole milliseconds rather than in fractions of minutes.
 */
public record Span(long from, long to) {

    public Span {
        if (to < from) {
            throw new IllegalArgumentException("a span ends before it starts: " + from + " > " + to);
        }
    }

    public static Span of(Instant from, Instant to) {
        return new Span(from.toEpochMilli(), to.toEpochMilli());
    }

    public long millis() {
        return to - from;
    }

    public Instant start() {
        return Instant.ofEpochMilli(from);
    }

    public Instant end() {
        return Instant.ofEpochMilli(to);
    }

    /** The time both share; empty (zero length) when they do not meet. */
    public long overlap(Span other) {
        return Math.max(0, Math.min(to, other.to) - Math.max(from, other.from));
    }

    public boolean contains(long instant) {
        return instant >= from && instant < to;
    }

    /** Sorted, overlapping and touching spans joined, empty ones dropped. */
    public static List<Span> union(List<Span> spans) {
        List<Span> sorted = spans.stream().filter(s -> s.millis() > 0).sorted(Comparator.comparingLong(Span::from)).toList();
        List<Span> joined = new ArrayList<>();
        for (Span span : sorted) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && span.from <= last.to) {
                joined.set(joined.size() - 1, new Span(last.from, Math.max(last.to, span.to)));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** What of {@code base} none of {@code holes} covers. */
    public static List<Span> minus(List<Span> base, List<Span> holes) {
        List<Span> left = union(base);
        for (Span hole : union(holes)) {
            List<Span> next = new ArrayList<>();
            for (Span span : left) {
                if (hole.to <= span.from || hole.from >= span.to) {
                    next.add(span);
                    continue;
                }
                if (hole.from > span.from) {
                    next.add(new Span(span.from, hole.from));
                }
                if (hole.to < span.to) {
                    next.add(new Span(hole.to, span.to));
                }
            }
            left = next;
        }
        return left;
    }

    /** The parts of {@code spans} inside {@code window}. */
    public static List<Span> within(List<Span> spans, Span window) {
        List<Span> inside = new ArrayList<>();
        for (Span span : spans) {
            long from = Math.max(span.from, window.from);
            long to = Math.min(span.to, window.to);
            if (to > from) {
                inside.add(new Span(from, to));
            }
        }
        return inside;
    }

    public static long total(List<Span> spans) {
        return spans.stream().mapToLong(Span::millis).sum();
    }
}
