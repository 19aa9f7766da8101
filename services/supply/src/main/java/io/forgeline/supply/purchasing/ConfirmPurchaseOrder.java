package io.forgeline.supply.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A supplier's answer to a purchase order, in one of three forms: {@code promisedDate} (every line arrives complete
 * that day), {@code acceptAll} (every line as ordered), or {@code lines} (line by line: accept it, or deliveries of
 * another quantity, on another date, or split). Deliveries that give a line's whole quantity no later than
 * requested confirm it; anything else is a counter-proposal a buyer decides on.
 */
public record ConfirmPurchaseOrder(Instant promisedDate, Boolean acceptAll, @Valid List<@NotNull(message = "is required") LineAnswer> lines) {

    public ConfirmPurchaseOrder {
        // PostgreSQL keeps microseconds: a finer instant would read back as another one
        promisedDate = promisedDate == null ? null : promisedDate.truncatedTo(ChronoUnit.MICROS);
    }

    /** One line's answer: {@code accept}, or the deliveries the supplier can make. */
    public record LineAnswer(@NotNull(message = "is required") Integer lineNumber, Boolean accept,
                             @Valid List<@NotNull(message = "is required") DeliveryOffer> deliveries) {
    }

    public record DeliveryOffer(@NotNull(message = "is required") @Positive(message = "must be more than zero")
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                                @NotNull(message = "is required") LocalDate date) {
    }

    boolean wholeOrder() {
        return promisedDate != null || Boolean.TRUE.equals(acceptAll);
    }

    /** Canonical form for Idempotency-Key checks: the same answer written differently is the same request. */
    String fingerprint() {
        if (promisedDate != null) {
            return "promised:" + promisedDate;
        }
        if (Boolean.TRUE.equals(acceptAll)) {
            return "accept-all";
        }
        return lines == null ? "" : lines.stream().map(l -> l.lineNumber() + (Boolean.TRUE.equals(l.accept()) ? "=accept"
                : "=" + (l.deliveries() == null ? "" : l.deliveries().stream()
                .map(d -> d.quantity().stripTrailingZeros().toPlainString() + "@" + d.date()).collect(Collectors.joining(",")))))
                .collect(Collectors.joining(";"));
    }
}
