package io.forgeline.scheduling.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * The construction heuristic: Giffler–Thompson dispatching over the flexible job shop. Started operations
 * go first on their machines. Then, repeatedly, the next operation of each order is placed tentatively on
 * each of its machines (setup, calendar and release included); the earliest possible completion picks the
 * machine, and among the operations that could start there before that completion the most urgent wins:
 * the least slack to its due date when orders have due dates, else the most work remaining.
 */
final class Dispatching {
    private Dispatching() {}

    static Sequences build(Shop s) {
        Sequences out = new Sequences(s);
        long[] free = new long[s.m];
        int[] last = new int[s.m];
        java.util.Arrays.fill(last, -1);
        long[] end = new long[s.n];
        boolean[] placed = new boolean[s.n];
        // started operations first, in start order
        List<Integer> pinned = new ArrayList<>();
        for (int o = 0; o < s.n; o++) if (s.pinned(o)) pinned.add(o);
        pinned.sort((a, b) -> Long.compare(s.pinnedStart[a], s.pinnedStart[b]));
        for (int o : pinned) {
            int k = s.pinnedMachine[o];
            out.append(k, o);
            free[k] = Math.max(free[k], s.pinnedEnd[o]);
            last[k] = o;
            end[o] = s.pinnedEnd[o];
            placed[o] = true;
        }
        long[] remaining = new long[s.n]; // work from this operation to the end of its order (shortest durations)
        for (int o = s.n - 1; o >= 0; o--) {
            long min = Long.MAX_VALUE;
            for (int k : s.eligible[o]) min = Math.min(min, s.duration(o, k));
            remaining[o] = min + (s.jobNext[o] >= 0 ? remaining[s.jobNext[o]] : 0);
        }
        int orders = s.due.length;
        int[] next = new int[orders];
        int o0 = 0;
        for (int j = 0; j < orders; j++) {
            next[j] = o0;
            o0 += s.plant.orders().get(j).operations().size();
        }
        int[] endOfOrder = new int[orders];
        for (int j = 0; j < orders; j++) endOfOrder[j] = j + 1 < orders ? next[j + 1] : s.n;
        for (int j = 0; j < orders; j++) while (next[j] < endOfOrder[j] && placed[next[j]]) next[j]++;

        long[] t = new long[3];
        // tentative placements of each order's next operation on each of its machines, recomputed only when
        // the order moved on or one of those machines took an operation
        long[][] cachedStart = new long[orders][];
        long[][] cachedEnd = new long[orders][];
        boolean[] valid = new boolean[orders];
        int toPlace = s.n - pinned.size();
        while (toPlace > 0) {
            long bestEnd = Long.MAX_VALUE;
            int bestMachine = -1;
            for (int j = 0; j < orders; j++) {
                int o = next[j];
                if (o >= endOfOrder[j]) continue;
                int[] el = s.eligible[o];
                if (!valid[j]) {
                    if (cachedStart[j] == null || cachedStart[j].length < el.length) {
                        cachedStart[j] = new long[el.length];
                        cachedEnd[j] = new long[el.length];
                    }
                    for (int e = 0; e < el.length; e++) {
                        place(s, o, el[e], free, last, end, t);
                        cachedStart[j][e] = t[0];
                        cachedEnd[j][e] = t[2];
                    }
                    valid[j] = true;
                }
                for (int e = 0; e < el.length; e++) {
                    if (cachedEnd[j][e] < bestEnd) {
                        bestEnd = cachedEnd[j][e];
                        bestMachine = el[e];
                    }
                }
            }
            int chosen = -1;
            long chosenKey = Long.MAX_VALUE;
            for (int j = 0; j < orders; j++) {
                int o = next[j];
                if (o >= endOfOrder[j] || s.duration(o, bestMachine) == 0) continue;
                int[] el = s.eligible[o];
                long startThere = Long.MAX_VALUE;
                for (int e = 0; e < el.length; e++) if (el[e] == bestMachine) startThere = cachedStart[j][e];
                if (startThere >= bestEnd) continue;
                long key = s.hasDueDates && s.due[j] != Long.MAX_VALUE
                        ? s.due[j] - remaining[o] - startThere
                        : -remaining[o];
                if (key < chosenKey) {
                    chosenKey = key;
                    chosen = o;
                }
            }
            place(s, chosen, bestMachine, free, last, end, t);
            out.append(bestMachine, chosen);
            free[bestMachine] = t[2];
            last[bestMachine] = chosen;
            end[chosen] = t[2];
            placed[chosen] = true;
            toPlace--;
            int j = s.orderOf[chosen];
            next[j]++;
            while (next[j] < endOfOrder[j] && placed[next[j]]) next[j]++;
            valid[j] = false;
            for (int i = 0; i < orders; i++) {
                if (valid[i] && next[i] < endOfOrder[i] && s.duration(next[i], bestMachine) != 0) valid[i] = false;
            }
        }
        return out;
    }

    /** Setup start, run start and end of operation o placed next on machine k. */
    private static void place(Shop s, int o, int k, long[] free, int[] last, long[] end, long[] t) {
        long ready = Math.max(s.earliest[o], free[k]);
        if (s.jobPrev[o] >= 0) ready = Math.max(ready, end[s.jobPrev[o]]);
        long p = s.duration(o, k);
        long su = s.hasSetups ? s.setupMinutes(last[k], o) : 0;
        if (s.alwaysOpen[k]) {
            t[0] = ready;
            t[1] = ready + su;
            t[2] = t[1] + p;
            return;
        }
        ShiftCalendar c = s.calendar[k];
        boolean pause = s.mayPause[o];
        long ss = c.earliestStart(ready, su + p, pause);
        long st = su == 0 ? ss : c.finish(ss, su, pause);
        if (pause) st = c.earliestStart(st, p, true);
        t[0] = ss;
        t[1] = st;
        t[2] = c.finish(st, p, pause);
    }
}
