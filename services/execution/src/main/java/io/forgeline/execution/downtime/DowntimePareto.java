package io.forgeline.execution.downtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Downtime by reason, largest first: the operator's reason where given, else the machine's own stop code, else
 * unclassified. Pure, so the buckets are tested without a database.
 */
public final class DowntimePareto {

    /** How a bucket was classified. */
    public enum By { REASON, STOP_CODE, UNCLASSIFIED }

    /** One bar: {@code minutes} to a tenth, {@code count} of downtimes (each counted once, even when cut by the window). */
    public record Bucket(By by, String code, BigDecimal minutes, long count) {
    }

    private DowntimePareto() {
    }

    public static List<Bucket> of(List<Downtime> downtimes, Instant from, Instant to, Instant now) {
        Map<Key, long[]> sums = new LinkedHashMap<>();
        for (Downtime d : downtimes) {
            Duration lasted = d.within(from, to, now);
            By by = d.reasonCode() != null ? By.REASON : d.stopCode() != null ? By.STOP_CODE : By.UNCLASSIFIED;
            String code = by == By.REASON ? d.reasonCode() : by == By.STOP_CODE ? d.stopCode() : null;
            long[] sum = sums.computeIfAbsent(new Key(by, code), k -> new long[2]);
            sum[0] += lasted.toMillis();
            sum[1]++;
        }
        return sums.entrySet().stream()
                .map(e -> new Bucket(e.getKey().by(), e.getKey().code(),
                        BigDecimal.valueOf(e.getValue()[0]).divide(BigDecimal.valueOf(60_000), 1, RoundingMode.HALF_UP), e.getValue()[1]))
                .sorted(Comparator.comparing(Bucket::minutes).reversed().thenComparing(Comparator.comparing(Bucket::count).reversed())
                        .thenComparing(b -> b.code() == null ? "" : b.code()))
                .toList();
    }

    private record Key(By by, String code) {
    }
}
