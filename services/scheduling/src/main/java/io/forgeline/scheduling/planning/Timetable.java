package io.forgeline.scheduling.planning;

import java.util.Arrays;

/**
 * Turns machine sequences (which operations each machine runs, in which order) into times: every operation
 * starts as early as its order's previous operation, its machine, its setup, its release and material date
 * and its machine's calendar allow. A sequence that contradicts the routing (a cycle) leaves operations
 * unscheduled, which counts as broken rules. Reused across evaluations: no allocation per decode.
 */
final class Timetable {
    final Shop shop;
    final int[] machineOf;
    final int[] rank; // position on its machine
    final long[] setupStart;
    final long[] start;
    final long[] end;
    final long[] setupTaken;
    private final int[] indegree;
    private final int[] stack;
    /** Operations in the order they were timed (a topological order of the sequences and routings). */
    final int[] topo;
    final long[] cost = new long[5];
    int unscheduled;

    Timetable(Shop shop) {
        this.shop = shop;
        int n = shop.n;
        machineOf = new int[n];
        rank = new int[n];
        setupStart = new long[n];
        start = new long[n];
        end = new long[n];
        setupTaken = new long[n];
        indegree = new int[n];
        stack = new int[n];
        topo = new int[n];
    }

    /** Times for the given sequences; {@code cost} holds the objectives afterwards. */
    void decode(int[][] seq, int[] len) {
        Shop s = shop;
        int n = s.n;
        long broken = 0;
        for (int k = 0; k < len.length; k++) {
            int[] q = seq[k];
            for (int i = 0; i < len[k]; i++) {
                int o = q[i];
                machineOf[o] = k;
                rank[o] = i;
                if (s.duration(o, k) == 0) {
                    broken++;
                }
            }
        }
        int top = 0;
        for (int o = 0; o < n; o++) {
            int d = (s.jobPrev[o] >= 0 ? 1 : 0) + (rank[o] > 0 ? 1 : 0);
            indegree[o] = d;
            if (d == 0) {
                stack[top++] = o;
            }
        }
        int done = 0;
        long setupTotal = 0;
        while (top > 0) {
            int o = stack[--top];
            topo[done++] = o;
            int k = machineOf[o];
            int r = rank[o];
            int before = r > 0 ? seq[k][r - 1] : -1;
            if (s.pinnedMachine[o] >= 0) {
                setupStart[o] = s.pinnedSetupStart[o];
                start[o] = s.pinnedStart[o];
                end[o] = s.pinnedEnd[o];
                setupTaken[o] = 0;
            } else {
                long ready = s.earliest[o];
                int jp = s.jobPrev[o];
                if (jp >= 0 && end[jp] > ready) ready = end[jp];
                if (before >= 0 && end[before] > ready) ready = end[before];
                long p = s.duration(o, k);
                if (p == 0) {
                    p = 1; // ineligible: already counted as broken; keep times defined
                }
                long su = s.hasSetups ? s.setupMinutes(before, o) : 0;
                setupTaken[o] = su;
                setupTotal += su;
                if (s.alwaysOpen[k]) {
                    setupStart[o] = ready;
                    start[o] = ready + su;
                    end[o] = start[o] + p;
                } else {
                    ShiftCalendar c = s.calendar[k];
                    boolean pause = s.mayPause[o];
                    long ss = c.earliestStart(ready, su + p, pause);
                    long st = su == 0 ? ss : c.finish(ss, su, pause);
                    if (pause) st = c.earliestStart(st, p, true);
                    setupStart[o] = ss;
                    start[o] = st;
                    end[o] = c.finish(st, p, pause);
                }
            }
            int jn = s.jobNext[o];
            if (jn >= 0 && --indegree[jn] == 0) stack[top++] = jn;
            if (r + 1 < len[k]) {
                int mn = seq[k][r + 1];
                if (--indegree[mn] == 0) stack[top++] = mn;
            }
        }
        unscheduled = n - done;
        long makespan = 0;
        long tardiness = 0;
        long instability = 0;
        if (unscheduled == 0) {
            for (int o = 0; o < n; o++) {
                if (end[o] > makespan) makespan = end[o];
                if (s.frozen[o]) {
                    instability += Math.abs(start[o] - s.previousStart[o]);
                    if (machineOf[o] != s.previousMachine[o]) instability += s.duration(o, s.previousMachine[o]) + 1;
                }
                if (s.jobNext[o] < 0 && s.hasDueDates) {
                    int j = s.orderOf[o];
                    if (end[o] > s.due[j]) tardiness += s.weight[j] * (end[o] - s.due[j]);
                }
            }
        }
        cost[0] = broken + unscheduled;
        cost[1] = instability;
        cost[2] = tardiness;
        cost[3] = makespan;
        cost[4] = setupTotal;
    }

    static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return 0;
    }

    Objectives objectives() {
        return new Objectives(cost[0], cost[1], cost[2], cost[3], cost[4]);
    }

    long[] costCopy() {
        return Arrays.copyOf(cost, cost.length);
    }
}
