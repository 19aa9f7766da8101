package io.forgeline.scheduling.planning;

import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * The improvement heuristic: tabu search on the critical path (Nowicki–Smutnicki style). Each step traces the
 * path that decides the worst cost (the makespan, or the completion of the most tardy order), cuts it into
 * blocks of operations that follow each other on one machine, and evaluates swapping the first two and the
 * last two operations of every block plus moving a critical operation to another eligible machine. The best
 * move that is not tabu (or beats the best schedule) is taken. A long stall restarts from the best schedule
 * with a few random swaps. Started (pinned) operations never move.
 */
final class CriticalPathSearch {
    interface Improvement {
        void improved(Sequences best, long[] cost);
    }

    private final Shop s;
    private final Timetable tt;
    private final Random random;
    private final int[] path;
    private final long[] tabuPair;
    private final long[] tabuMachine;
    private final long[] tabuOp;
    private long iteration;
    private final long[] tail;
    private final long lowerBound;

    CriticalPathSearch(Shop shop, long seed) {
        this.s = shop;
        this.tt = new Timetable(shop);
        this.random = new Random(seed);
        this.path = new int[shop.n];
        this.tabuPair = shop.n <= 1500 ? new long[shop.n * shop.n] : null;
        this.tabuOp = new long[shop.n];
        this.tabuMachine = new long[shop.n * shop.m];
        this.tail = new long[shop.n];
        this.lowerBound = shop.simple ? makespanLowerBound(shop) : -1;
    }

    /** No schedule of a simple shop (no calendars, setups, dates or pins) is shorter than its longest order or its busiest machine. */
    private static long makespanLowerBound(Shop s) {
        long bound = 0;
        long chain = 0;
        long[] load = new long[s.m];
        for (int o = 0; o < s.n; o++) {
            long min = Long.MAX_VALUE;
            for (int k : s.eligible[o]) min = Math.min(min, s.duration(o, k));
            chain = (s.jobPrev[o] >= 0 ? chain : 0) + min;
            bound = Math.max(bound, chain);
            if (s.eligible[o].length == 1) load[s.eligible[o][0]] += min;
        }
        for (long l : load) bound = Math.max(bound, l);
        return bound;
    }

    /** Longest path from each operation's end to the end of the schedule, for the current sequences. */
    private void computeTails(Sequences cur) {
        for (int i = s.n - 1; i >= 0; i--) {
            int o = tt.topo[i];
            long q = 0;
            int jn = s.jobNext[o];
            if (jn >= 0) q = tail[jn] + (tt.end[jn] - tt.start[jn]);
            int k = tt.machineOf[o];
            int r = tt.rank[o];
            if (r + 1 < cur.len[k]) {
                int mn = cur.seq[k][r + 1];
                q = Math.max(q, tail[mn] + (tt.end[mn] - tt.start[mn]));
            }
            tail[o] = q;
        }
    }

    /** Makespan estimate after swapping u and v, adjacent on machine k (u first), from heads and tails. */
    private long swapEstimate(Sequences cur, int k, int r) {
        int u = cur.seq[k][r];
        int v = cur.seq[k][r + 1];
        long pu = tt.end[u] - tt.start[u];
        long pv = tt.end[v] - tt.start[v];
        long headV = r > 0 ? tt.end[cur.seq[k][r - 1]] : 0;
        if (s.jobPrev[v] >= 0) headV = Math.max(headV, tt.end[s.jobPrev[v]]);
        long headU = headV + pv;
        if (s.jobPrev[u] >= 0) headU = Math.max(headU, tt.end[s.jobPrev[u]]);
        long tailU = 0;
        if (r + 2 < cur.len[k]) {
            int w = cur.seq[k][r + 2];
            tailU = tail[w] + (tt.end[w] - tt.start[w]);
        }
        int ju = s.jobNext[u];
        if (ju >= 0) tailU = Math.max(tailU, tail[ju] + (tt.end[ju] - tt.start[ju]));
        long tailV = tailU + pu;
        int jv = s.jobNext[v];
        if (jv >= 0) tailV = Math.max(tailV, tail[jv] + (tt.end[jv] - tt.start[jv]));
        return Math.max(headV + pv + tailV, headU + pu + tailU);
    }

    long iterations() {
        return iteration;
    }

    /** Improves {@code current} until {@code stop} says so; returns the best sequences found. */
    Sequences run(Sequences current, BooleanSupplier stop, Improvement listener) {
        this.seqRef = current.seq;
        tt.decode(current.seq, current.len);
        long[] curCost = tt.costCopy();
        Sequences best = current.copy();
        long[] bestCost = curCost.clone();
        long sinceBest = 0;
        long stall = Math.max(2000, 20L * s.n);
        int[] moveKind = new int[4 * s.n + 16];
        int[] moveA = new int[moveKind.length];
        int[] moveB = new int[moveKind.length];
        int[] moveC = new int[moveKind.length];
        int[] moveFromMachine = new int[moveKind.length];
        int[] moveFromRank = new int[moveKind.length];
        long[] estimated = new long[5];
        while (!stop.getAsBoolean()) {
            iteration++;
            tt.decode(current.seq, current.len);
            if (tt.cost[0] > 0) {
                break; // never happens from a feasible start: moves keep precedence (no cycles) and eligibility
            }
            if (lowerBound >= 0 && tt.cost[3] <= lowerBound) {
                break; // provably optimal
            }
            int pathLength = criticalPath();
            boolean estimate = s.simple;
            if (estimate) computeTails(current);
            int moves = 0;
            // blocks: consecutive path operations on the same machine
            int i = 0;
            while (i < pathLength) {
                int k = tt.machineOf[path[i]];
                int j = i;
                while (j + 1 < pathLength && tt.machineOf[path[j + 1]] == k && tt.rank[path[j + 1]] == tt.rank[path[j]] + 1) j++;
                if (j > i) {
                    int first = tt.rank[path[i]];
                    int lastRank = tt.rank[path[j]];
                    moves = addSwap(moveKind, moveA, moveB, moveC, moves, current, k, first);
                    if (lastRank - 1 != first) moves = addSwap(moveKind, moveA, moveB, moveC, moves, current, k, lastRank - 1);
                }
                i = j + 1;
            }
            for (int p = 0; p < pathLength && moves + 8 < moveKind.length; p++) {
                int o = path[p];
                if (s.eligible[o].length < 2 || s.pinned(o)) continue;
                for (int k2 : s.eligible[o]) {
                    if (k2 == tt.machineOf[o] || moves >= moveKind.length) continue;
                    moveKind[moves] = 1;
                    moveA[moves] = o;
                    moveB[moves] = k2;
                    moveC[moves] = insertionRank(k2, o, current);
                    moveFromMachine[moves] = tt.machineOf[o];
                    moveFromRank[moves] = tt.rank[o];
                    moves++;
                }
            }
            if (moves == 0) {
                break; // the path is one order's chain: optimal for this objective
            }
            int chosen = -1;
            long[] chosenCost = null;
            for (int mv = 0; mv < moves; mv++) {
                boolean tabu = isTabu(moveKind[mv], moveA[mv], moveB[mv], current);
                if (estimate && moveKind[mv] == 0) {
                    estimated[3] = swapEstimate(current, moveA[mv], moveB[mv]);
                    boolean aspiration = estimated[3] < bestCost[3];
                    if ((!tabu || aspiration) && (chosenCost == null || estimated[3] < chosenCost[3]
                            || (estimated[3] == chosenCost[3] && random.nextBoolean()))) {
                        chosen = mv;
                        chosenCost = estimated.clone();
                    }
                    continue;
                }
                apply(current, moveKind[mv], moveA[mv], moveB[mv], moveC[mv], moveFromMachine[mv], moveFromRank[mv]);
                tt.decode(current.seq, current.len);
                long[] c = tt.cost;
                boolean aspiration = Timetable.compare(c, bestCost) < 0;
                if (c[0] == 0 && (!tabu || aspiration) && (chosenCost == null || Timetable.compare(c, chosenCost) < 0
                        || (Timetable.compare(c, chosenCost) == 0 && random.nextBoolean()))) {
                    chosen = mv;
                    chosenCost = c.clone();
                }
                undo(current, moveKind[mv], moveA[mv], moveB[mv], moveC[mv], moveFromMachine[mv], moveFromRank[mv]);
            }
            if (chosen < 0) {
                chosen = random.nextInt(moves);
                if (moveKind[chosen] == 0 && (s.pinned(current.seq[moveA[chosen]][moveB[chosen]])
                        || s.pinned(current.seq[moveA[chosen]][moveB[chosen] + 1]))) continue;
            }
            makeTabu(current, moveKind[chosen], moveA[chosen], moveB[chosen], moveFromMachine[chosen]);
            apply(current, moveKind[chosen], moveA[chosen], moveB[chosen], moveC[chosen], moveFromMachine[chosen], moveFromRank[chosen]);
            tt.decode(current.seq, current.len);
            if (tt.cost[0] > 0) {
                // a random move that contradicts a routing: take it back
                undo(current, moveKind[chosen], moveA[chosen], moveB[chosen], moveC[chosen], moveFromMachine[chosen], moveFromRank[chosen]);
                continue;
            }
            curCost = tt.costCopy();
            if (curCost[0] == 0 && Timetable.compare(curCost, bestCost) < 0) {
                best.copyFrom(current);
                bestCost = curCost.clone();
                sinceBest = 0;
                listener.improved(best, bestCost);
            } else if (++sinceBest > stall) {
                current.copyFrom(best);
                perturb(current);
                sinceBest = 0;
            }
        }
        return best;
    }

    /**
     * A swap of the operations at {@code rank} and {@code rank + 1} on machine k. A started operation never moves,
     * so a swap that would move one is no move at all: marking it tabu is not enough, because aspiration takes a
     * tabu move that beats the best schedule (a rush order would gladly go before a long started operation).
     */
    private int addSwap(int[] kind, int[] a, int[] b, int[] c, int moves, Sequences cur, int k, int rank) {
        if (s.pinned(cur.seq[k][rank]) || s.pinned(cur.seq[k][rank + 1])) {
            return moves;
        }
        kind[moves] = 0;
        a[moves] = k;
        b[moves] = rank;
        c[moves] = 0;
        return moves + 1;
    }

    /** Rank in machine k2 before the first operation that starts later than o does now. */
    private int insertionRank(int k2, int o, Sequences cur) {
        int r = 0;
        while (r < cur.len[k2] && (tt.start[cur.seq[k2][r]] <= tt.start[o] || s.pinned(cur.seq[k2][r]))) r++;
        return r;
    }

    private boolean isTabu(int kind, int a, int b, Sequences cur) {
        if (kind == 0) {
            int u = cur.seq[a][b];
            int v = cur.seq[a][b + 1];
            if (s.pinned(u) || s.pinned(v)) return true;
            return tabuPair != null ? tabuPair[u * s.n + v] > iteration : tabuOp[u] > iteration || tabuOp[v] > iteration;
        }
        return tabuMachine[a * s.m + b] > iteration;
    }

    private void makeTabu(Sequences cur, int kind, int a, int b, int fromMachine) {
        long until = iteration + 2 + random.nextInt(Math.max(4, (int) Math.round(Math.sqrt(s.n))));
        if (kind == 0) {
            int u = cur.seq[a][b];
            int v = cur.seq[a][b + 1];
            if (tabuPair != null) {
                tabuPair[v * s.n + u] = until; // v now runs before u: swapping them back is tabu for a while
            } else {
                tabuOp[u] = until;
            }
        } else {
            tabuMachine[a * s.m + fromMachine] = until;
        }
    }

    private void apply(Sequences cur, int kind, int a, int b, int c, int fromMachine, int fromRank) {
        if (kind == 0) {
            cur.swap(a, b);
        } else {
            cur.remove(fromMachine, fromRank);
            cur.insert(b, Math.min(c, cur.len[b]), a);
        }
    }

    private void undo(Sequences cur, int kind, int a, int b, int c, int fromMachine, int fromRank) {
        if (kind == 0) {
            cur.swap(a, b);
        } else {
            int r = Math.min(c, cur.len[b] - 1);
            cur.remove(b, r);
            cur.insert(fromMachine, fromRank, a);
        }
    }

    private void perturb(Sequences cur) {
        int swaps = 2 + random.nextInt(4);
        for (int t = 0; t < swaps; t++) {
            tt.decode(cur.seq, cur.len);
            int len = criticalPath();
            for (int tries = 0; tries < 10; tries++) {
                int p = random.nextInt(Math.max(1, len - 1));
                if (p + 1 >= len) break;
                int u = path[p];
                int v = path[p + 1];
                int k = tt.machineOf[u];
                if (tt.machineOf[v] == k && tt.rank[v] == tt.rank[u] + 1 && !s.pinned(u) && !s.pinned(v)) {
                    int r = tt.rank[u];
                    cur.swap(k, r);
                    tt.decode(cur.seq, cur.len);
                    if (tt.cost[0] > 0) cur.swap(k, r);
                    break;
                }
            }
        }
    }

    /** Fills {@code path} from the first to the last operation of a critical path; returns its length. */
    private int criticalPath() {
        int target = -1;
        if (tt.cost[2] > 0 && random.nextBoolean()) {
            long worst = 0;
            for (int o = 0; o < s.n; o++) {
                if (s.jobNext[o] >= 0) continue;
                int j = s.orderOf[o];
                long late = s.due[j] == Long.MAX_VALUE ? 0 : s.weight[j] * (tt.end[o] - s.due[j]);
                if (late > worst) {
                    worst = late;
                    target = o;
                }
            }
        }
        if (target < 0) {
            long max = -1;
            for (int o = 0; o < s.n; o++) {
                if (tt.end[o] > max || (tt.end[o] == max && random.nextBoolean())) {
                    max = tt.end[o];
                    target = o;
                }
            }
        }
        int len = 0;
        int cur = target;
        while (cur >= 0 && len < path.length) {
            path[len++] = cur;
            int jp = s.jobPrev[cur];
            int k = tt.machineOf[cur];
            int mp = tt.rank[cur] > 0 ? -2 : -1;
            long jpEnd = jp >= 0 ? tt.end[jp] : Long.MIN_VALUE;
            long mpEnd = Long.MIN_VALUE;
            int mpOp = -1;
            if (mp == -2) {
                // machine predecessor: the operation just before on the same machine
                mpOp = previousOnMachine(cur, k);
                mpEnd = tt.end[mpOp];
            }
            long own = s.earliest[cur];
            if (s.pinned(cur) || (jpEnd <= own && mpEnd <= own)) break;
            cur = mpEnd >= jpEnd ? mpOp : jp;
        }
        for (int a = 0, b = len - 1; a < b; a++, b--) {
            int t = path[a];
            path[a] = path[b];
            path[b] = t;
        }
        return len;
    }

    private int[][] seqRef;

    private int previousOnMachine(int o, int k) {
        return seqRef[k][tt.rank[o] - 1];
    }
}
