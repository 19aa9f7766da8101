package io.forgeline.scheduling.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When a machine works: working windows that repeat every {@code period} minutes (a day or a week of shifts),
 * or always. Touching windows (early shift 06-14, late shift 14-22) are one window: an operation may run
 * across a shift change; only a gap (a break, the night) interrupts it. Breaks, holidays and maintenance are
 * gaps between windows.
 */
public final class ShiftCalendar {
    private final long period;
    private final long[] starts;
    private final long[] ends;
    private final long longest;
    private final long[] closedFrom;
    private final long[] closedTo;

    private ShiftCalendar(long period, long[] starts, long[] ends) {
        this(period, starts, ends, new long[0], new long[0]);
    }

    private ShiftCalendar(long period, long[] starts, long[] ends, long[] closedFrom, long[] closedTo) {
        this.period = period;
        this.starts = starts;
        this.ends = ends;
        this.closedFrom = closedFrom;
        this.closedTo = closedTo;
        long l = 0;
        for (int i = 0; i < starts.length; i++) {
            l = Math.max(l, ends[i] - starts[i]);
        }
        this.longest = starts.length == 0 ? Long.MAX_VALUE : l;
    }

    public static ShiftCalendar alwaysOpen() {
        return new ShiftCalendar(0, new long[0], new long[0]);
    }

    /** A working window, minutes from the start of the period: [from, to). */
    public record Window(long from, long to) {
        public Window {
            if (to <= from) {
                throw new IllegalArgumentException("a working window must end after it starts");
            }
        }
    }

    /** Windows inside [0, period) that repeat every period. Refuses a calendar without working time. */
    public static ShiftCalendar repeating(long period, List<Window> windows) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs working time");
        }
        List<Window> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingLong(Window::from));
        List<long[]> merged = new ArrayList<>();
        for (Window w : sorted) {
            if (w.from() < 0 || w.to() > period) {
                throw new IllegalArgumentException("a working window must lie inside the period");
            }
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w.from() < last[1]) {
                throw new IllegalArgumentException("working windows overlap");
            }
            if (last != null && w.from() == last[1]) {
                last[1] = w.to();
            } else {
                merged.add(new long[] {w.from(), w.to()});
            }
        }
        if (merged.size() == 1 && merged.get(0)[0] == 0 && merged.get(0)[1] == period) {
            return alwaysOpen();
        }
        long[] first = merged.get(0);
        long[] last = merged.get(merged.size() - 1);
        if (merged.size() > 1 && first[0] == 0 && last[1] == period) {
            // the night shift runs on into the next period's first window: one window across the boundary
            first[0] = last[0] - period;
            merged.remove(merged.size() - 1);
        }
        long[] s = new long[merged.size()];
        long[] e = new long[merged.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = merged.get(i)[0];
            e[i] = merged.get(i)[1];
        }
        return new ShiftCalendar(period, s, e);
    }

    public boolean isAlwaysOpen() {
        return starts.length == 0 && closedFrom.length == 0;
    }

    /**
     * This calendar with one-off closures (holidays, maintenance, a machine that is down), each an absolute
     * [from, to) in minutes from the plan's start. Work that may pause waits them out; work that may not pause
     * must fit between them.
     */
    public ShiftCalendar withClosures(List<Window> closures) {
        List<Window> sorted = new ArrayList<>(closures);
        for (int i = 0; i < closedFrom.length; i++) sorted.add(new Window(closedFrom[i], closedTo[i]));
        sorted.sort(Comparator.comparingLong(Window::from));
        List<long[]> merged = new ArrayList<>();
        for (Window w : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w.from() <= last[1]) {
                last[1] = Math.max(last[1], w.to());
            } else {
                merged.add(new long[] {w.from(), w.to()});
            }
        }
        long[] f = new long[merged.size()];
        long[] t = new long[merged.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = merged.get(i)[0];
            t[i] = merged.get(i)[1];
        }
        return new ShiftCalendar(period, starts, ends, f, t);
    }

    private static final long FAR = Long.MAX_VALUE / 4;

    /** The first working stretch (a shift window minus closures) that ends after t: {start, end}. */
    private long[] pieceEndingAfter(long t) {
        long from = t;
        while (true) {
            long ws;
            long we;
            if (starts.length == 0) {
                ws = -FAR;
                we = FAR;
            } else {
                long k = windowEndingAfter(from);
                ws = windowStart(k);
                we = windowEnd(k);
            }
            long cur = ws;
            for (int i = 0; i < closedFrom.length && closedFrom[i] < we; i++) {
                if (closedTo[i] <= cur) continue;
                if (closedFrom[i] > cur && closedFrom[i] > t) return new long[] {cur, closedFrom[i]};
                cur = Math.max(cur, closedTo[i]);
            }
            if (cur < we && we > t) return new long[] {cur, we};
            from = we;
        }
    }

    /** The longest uninterrupted working stretch; work longer than this must be allowed to pause at breaks. */
    public long longestWindow() {
        return longest;
    }

    private long windowStart(long k) {
        int n = starts.length;
        return Math.floorDiv(k, n) * period + starts[(int) Math.floorMod(k, (long) n)];
    }

    private long windowEnd(long k) {
        int n = starts.length;
        return Math.floorDiv(k, n) * period + ends[(int) Math.floorMod(k, (long) n)];
    }

    /** Index of the first window that ends after t. */
    private long windowEndingAfter(long t) {
        // every window ends inside (0, period] of its period, so the answer lies in t's period or the next
        long q = Math.floorDiv(t, period);
        long r = t - q * period;
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] > r) hi = mid; else lo = mid + 1;
        }
        return lo < ends.length ? q * ends.length + lo : (q + 1) * ends.length;
    }

    /** The earliest time at or after t at which {@code work} minutes can begin (in one window unless it may pause). */
    public long earliestStart(long t, long work, boolean mayPause) {
        if (isAlwaysOpen()) {
            return t;
        }
        if (closedFrom.length > 0) {
            long[] p = pieceEndingAfter(t);
            if (mayPause || work == 0) return Math.max(t, p[0]);
            if (work > longest) throw new IllegalArgumentException(work + " minutes do not fit into any working window");
            while (true) {
                long st = Math.max(t, p[0]);
                if (st + work <= p[1]) return st;
                p = pieceEndingAfter(p[1]);
            }
        }
        long k = windowEndingAfter(t);
        if (mayPause || work == 0) {
            return Math.max(t, windowStart(k));
        }
        if (work > longest) {
            throw new IllegalArgumentException(work + " minutes do not fit into any working window");
        }
        while (true) {
            long s = Math.max(t, windowStart(k));
            if (s + work <= windowEnd(k)) {
                return s;
            }
            k++;
        }
    }

    /** When {@code work} minutes begun at {@code start} are done, counting working time only. */
    public long finish(long start, long work, boolean mayPause) {
        if (isAlwaysOpen() || work == 0) {
            return start + work;
        }
        if (closedFrom.length > 0) {
            long cur = start;
            long remaining = work;
            while (true) {
                long[] p = pieceEndingAfter(cur);
                long st = Math.max(cur, p[0]);
                if (remaining <= p[1] - st) return st + remaining;
                remaining -= p[1] - st;
                cur = p[1];
            }
        }
        long k = windowEndingAfter(start);
        long cur = start;
        long remaining = work;
        while (true) {
            long s = Math.max(cur, windowStart(k));
            long available = windowEnd(k) - s;
            if (remaining <= available) {
                return s + remaining;
            }
            remaining -= available;
            cur = windowEnd(k);
            k++;
        }
    }

    /** Working minutes in [from, to). */
    public long workBetween(long from, long to) {
        if (isAlwaysOpen()) {
            return Math.max(0, to - from);
        }
        if (closedFrom.length > 0) {
            long sum = 0;
            for (long[] p = pieceEndingAfter(from); p[0] < to; p = pieceEndingAfter(p[1])) {
                sum += Math.max(0, Math.min(to, p[1]) - Math.max(from, p[0]));
                if (p[1] >= to) break;
            }
            return sum;
        }
        long total = 0;
        for (long k = windowEndingAfter(from); windowStart(k) < to; k++) {
            total += Math.max(0, Math.min(to, windowEnd(k)) - Math.max(from, windowStart(k)));
        }
        return total;
    }

    /** Whether [from, to) lies inside one uninterrupted working window. */
    public boolean isUninterrupted(long from, long to) {
        if (isAlwaysOpen() || from == to) {
            return true;
        }
        if (closedFrom.length > 0) {
            long[] p = pieceEndingAfter(from);
            return p[0] <= from && to <= p[1];
        }
        long k = windowEndingAfter(from);
        return windowStart(k) <= from && to <= windowEnd(k);
    }
}
