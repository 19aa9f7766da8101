package io.forgeline.execution.jobs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether each job's material is staged: the staged stock of an item is shared out over the jobs in dispatch order,
 * next job first, each taking what it still needs (its components less what was consumed already), so two jobs are
 * never both "staged" on the same pallet. Pure rule, no I/O.
 */
final class JobReadiness {

    enum Staging {
        /** Everything the job still needs lies at the work center. */
        STAGED,
        /** Some of it does. */
        PARTLY_STAGED,
        /** None of what it still needs does. */
        NOT_STAGED,
        /** The job consumes nothing, or has consumed all it needs. */
        NOTHING_TO_STAGE,
        /** Warehouse could not be asked. */
        UNKNOWN
    }

    /** One component of a job: needed in all, consumed so far, and covered by staged stock (null when unknown). */
    record Component(String itemCode, BigDecimal needed, String unit, BigDecimal consumed, BigDecimal staged) {

        BigDecimal stillNeeded() {
            return needed.subtract(consumed).max(BigDecimal.ZERO);
        }
    }

    record Job(List<Component> components, Staging staging) {
    }

    private JobReadiness() {
    }

    /**
     * @param jobs     each job's components (staged left null), in dispatch order
     * @param staged   staged quantity per item at the work center, empty when unknown
     */
    static List<Job> shareOut(List<List<Component>> jobs, Optional<Map<String, BigDecimal>> staged) {
        Map<String, BigDecimal> pool = staged.map(HashMap::new).orElse(null);
        List<Job> result = new ArrayList<>();
        for (List<Component> components : jobs) {
            List<Component> covered = new ArrayList<>();
            for (Component c : components) {
                BigDecimal share = null;
                if (pool != null) {
                    BigDecimal available = pool.getOrDefault(c.itemCode(), BigDecimal.ZERO);
                    share = available.min(c.stillNeeded());
                    pool.put(c.itemCode(), available.subtract(share));
                }
                covered.add(new Component(c.itemCode(), c.needed(), c.unit(), c.consumed(), share));
            }
            result.add(new Job(covered, staging(covered, pool != null)));
        }
        return result;
    }

    private static Staging staging(List<Component> components, boolean known) {
        List<Component> open = components.stream().filter(c -> c.stillNeeded().signum() > 0).toList();
        if (open.isEmpty()) {
            return Staging.NOTHING_TO_STAGE;
        }
        if (!known) {
            return Staging.UNKNOWN;
        }
        boolean all = open.stream().allMatch(c -> c.staged().compareTo(c.stillNeeded()) >= 0);
        boolean none = open.stream().allMatch(c -> c.staged().signum() == 0);
        return all ? Staging.STAGED : none ? Staging.NOT_STAGED : Staging.PARTLY_STAGED;
    }
}
