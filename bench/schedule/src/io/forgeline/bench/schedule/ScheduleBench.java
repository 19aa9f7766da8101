package io.forgeline.bench.schedule;

import io.forgeline.scheduling.planning.JobShopFormat;
import io.forgeline.scheduling.planning.Plant;
import io.forgeline.scheduling.planning.PlanningRun;
import io.forgeline.scheduling.planning.ProductionScheduler;
import io.forgeline.scheduling.planning.Progress;
import io.forgeline.scheduling.planning.Schedule;
import io.forgeline.scheduling.planning.ScheduleVerifier;
import io.forgeline.scheduling.planning.ScheduledOperation;
import io.forgeline.scheduling.planning.SolveOptions;
import io.forgeline.scheduling.planning.Violation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * bin/forgeline bench schedule [--time-limit SECONDS] [--seed N] [--out DIR] [--peer ortools] [--plant OxPxM] FILE...
 * Runs the scheduling service's own solver (ProductionScheduler) on job-shop (.txt) and flexible job-shop
 * (.fjs) files, verifies every schedule with ScheduleVerifier, and prints one line per instance.
 */
public final class ScheduleBench {
    public static void main(String[] args) throws Exception {
        double timeLimit = 30;
        long seed = 0;
        Path out = null;
        boolean ortools = false;
        List<String> plants = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--time-limit" -> timeLimit = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--peer" -> {
                    String peer = args[++i];
                    if (!peer.equals("ortools")) throw new IllegalArgumentException("the only peer is ortools, not " + peer);
                    ortools = true;
                }
                case "--plant" -> plants.add(args[++i]);
                default -> {
                    if (args[i].startsWith("--")) throw new IllegalArgumentException("unknown option " + args[i]);
                    files.add(Path.of(args[i]));
                }
            }
        }
        if (files.isEmpty() && plants.isEmpty()) {
            System.err.println("usage: bin/forgeline bench schedule [--time-limit SECONDS] [--seed N] [--out DIR] [--peer ortools] [--plant ORDERSxOPSxMACHINES] FILE...");
            System.exit(2);
        }
        if (out != null) Files.createDirectories(out);
        Duration limit = Duration.ofMillis(Math.round(timeLimit * 1000));
        List<double[]> gaps = new ArrayList<>(); // ours, peer
        for (Path file : files) {
            String name = JobShopFormat.instanceName(file);
            Plant plant = JobShopFormat.read(file);
            long t0 = System.nanoTime();
            Schedule schedule = new ProductionScheduler().solve(plant, SolveOptions.within(limit).withSeed(seed));
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Violation> violations = ScheduleVerifier.verify(plant, schedule);
            boolean feasible = violations.isEmpty() && schedule.operations().size() == plant.operationCount();
            System.out.printf(Locale.ROOT, "%s makespan=%d seconds=%.3f feasible=%b%n", name, schedule.makespan(), seconds, feasible);
            violations.stream().limit(5).forEach(v -> System.out.println("  violation: " + v));
            if (out != null) writeJson(out.resolve(name + ".json"), schedule);
            Long best = bestKnown(file, name);
            double peerGap = Double.NaN;
            if (ortools) {
                OrToolsPeer.Result r = OrToolsPeer.solve(plant, timeLimit, seed);
                List<Violation> pv = ScheduleVerifier.verify(plant, r.schedule());
                boolean pf = pv.isEmpty() && r.schedule().operations().size() == plant.operationCount();
                System.out.printf(Locale.ROOT, "%s peer=ortools makespan=%d seconds=%.3f feasible=%b status=%s bound=%d%n",
                        name, r.schedule().makespan(), r.seconds(), pf, r.status(), r.bound());
                if (best != null) peerGap = gap(r.schedule().makespan(), best);
            }
            if (best != null) {
                gaps.add(new double[] {gap(schedule.makespan(), best), peerGap});
                System.out.printf(Locale.ROOT, "  best-known=%d gap=%.2f%%%s%n", best, gap(schedule.makespan(), best),
                        ortools ? String.format(Locale.ROOT, " ortools-gap=%.2f%%", peerGap) : "");
            }
        }
        if (gaps.size() > 1) {
            double ours = gaps.stream().mapToDouble(g -> g[0]).average().orElse(Double.NaN);
            double peer = gaps.stream().mapToDouble(g -> g[1]).average().orElse(Double.NaN);
            System.out.printf(Locale.ROOT, "mean gap=%.2f%%%s over %d instances (seed %d, %.0f s)%n", ours,
                    ortools ? String.format(Locale.ROOT, " ortools mean gap=%.2f%%", peer) : "", gaps.size(), seed, timeLimit);
        }
        for (String spec : plants) {
            runPlant(spec, limit, seed, out);
        }
        System.exit(0);
    }

    private static void runPlant(String spec, Duration limit, long seed, Path out) throws IOException {
        String[] p = spec.split("x");
        int orders = Integer.parseInt(p[0]);
        int ops = Integer.parseInt(p[1]);
        int machines = Integer.parseInt(p[2]);
        String name = "plant-" + spec;
        Plant plant = PlantGenerator.generate(orders, ops, machines, seed);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long t0 = System.nanoTime();
        List<Progress> progress = new ArrayList<>();
        PlanningRun run = new ProductionScheduler().start(plant, SolveOptions.within(limit).withSeed(seed), progress::add);
        Schedule schedule = run.result().join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peakHeap += pool.getPeakUsage().getUsed();
        }
        List<Violation> violations = ScheduleVerifier.verify(plant, schedule);
        boolean feasible = violations.isEmpty() && schedule.operations().size() == plant.operationCount();
        double firstFeasible = run.progress().isEmpty() ? Double.NaN : run.progress().get(0).elapsed().toNanos() / 1e9;
        System.out.printf(Locale.ROOT, "%s makespan=%d seconds=%.3f feasible=%b%n", name, schedule.makespan(), seconds, feasible);
        System.out.printf(Locale.ROOT, "  operations=%d first-feasible-seconds=%.3f (since solve start) improvements=%d "
                        + "weighted-tardiness=%d setup-minutes=%d peak-heap-mb=%d max-heap-mb=%d%n",
                plant.operationCount(), firstFeasible, run.progress().size(), schedule.objectives().weightedTardiness(),
                schedule.objectives().setupMinutes(), peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        violations.stream().limit(5).forEach(v -> System.out.println("  violation: " + v));
        if (out != null) writeJson(out.resolve(name + ".json"), schedule);
    }

    static double gap(long makespan, long best) {
        return 100.0 * (makespan - best) / best;
    }

    /** best-known.tsv beside the file or one or two directories up (../shared/bench-data layout). */
    private static Long bestKnown(Path file, String name) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            Path tsv = dir.resolve("best-known.tsv");
            if (Files.exists(tsv)) {
                Map<String, Long> best = new HashMap<>();
                for (String line : Files.readAllLines(tsv)) {
                    String[] f = line.split("\t");
                    if (f.length > 4 && f[4].matches("\\d+")) best.put(f[0], Long.parseLong(f[4]));
                }
                return best.get(name);
            }
        }
        return null;
    }

    static void writeJson(Path file, Schedule schedule) throws IOException {
        StringBuilder sb = new StringBuilder("{\"operations\":[");
        boolean first = true;
        for (ScheduledOperation s : schedule.operations()) {
            if (!first) sb.append(',');
            first = false;
            sb.append("\n{\"job\":").append(s.orderIndex()).append(",\"op\":").append(s.position())
                    .append(",\"machine\":").append(machineIndex(s.machine()))
                    .append(",\"start\":").append(s.start()).append(",\"end\":").append(s.end()).append('}');
        }
        sb.append("\n]}\n");
        Files.writeString(file, sb);
    }

    private static String machineIndex(String code) {
        return code.startsWith("M") && code.substring(1).matches("\\d+") ? code.substring(1) : "\"" + code + "\"";
    }
}
