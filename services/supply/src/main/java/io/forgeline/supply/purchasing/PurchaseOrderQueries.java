package io.forgeline.supply.purchasing;

import io.forgeline.platform.paging.QueryValues;
import io.forgeline.platform.problem.InvalidField;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Query parameters of the purchase order lists, read once for both faces (400 naming the parameter). */
final class PurchaseOrderQueries {

    private PurchaseOrderQueries() {
    }

    static Optional<PurchaseOrderStatus> status(String status) {
        return QueryValues.oneOf("status", status, PurchaseOrderStatus.class);
    }

    static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.trim()));
        } catch (DateTimeParseException unreadable) {
            throw new InvalidField(name, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }
}
