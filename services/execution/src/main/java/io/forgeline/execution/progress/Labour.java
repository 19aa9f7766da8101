package io.forgeline.execution.progress;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.forgeline.platform.quantity.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Time per operator on one operation, from its work periods. Only ended periods count, so an answer is the same
 * whenever it is given (a repeated Idempotency-Key answers like the first); the period still open shows as
 * {@code workingSince}. A period left open by the order's cancellation ends at the cancellation.
 */
final class Labour {

    private Labour() {
    }

    /** One work period: who, from when, until when (null: still working). */
    record Span(String operator, Instant start, Instant end) {
    }

    /** An operator's minutes on the operation (to a tenth), and since when they are at it now (null: not now). */
    record OperatorTime(String operator, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minutes, Instant workingSince) {
    }

    /** Operators in the order they first worked on the operation. */
    static List<OperatorTime> of(List<Span> periods, Optional<Instant> cancelledAt) {
        Map<String, Duration> worked = new LinkedHashMap<>();
        Map<String, Instant> since = new LinkedHashMap<>();
        for (Span period : periods) {
            Instant end = period.end() != null ? period.end() : cancelledAt.orElse(null);
            worked.merge(period.operator(), end == null ? Duration.ZERO : Duration.between(period.start(), end), Duration::plus);
            if (end == null) {
                since.put(period.operator(), period.start());
            }
        }
        List<OperatorTime> times = new ArrayList<>();
        worked.forEach((operator, duration) -> times.add(new OperatorTime(operator, minutes(duration), since.get(operator))));
        return times;
    }

    private static BigDecimal minutes(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        return Decimals.tidy(seconds.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
    }
}
