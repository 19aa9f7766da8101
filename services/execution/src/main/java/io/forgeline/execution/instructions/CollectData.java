package io.forgeline.execution.instructions;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.required;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Values an operator records on an operation: {@code {"values":[{"field":"BORE","value":"25.013"},{"field":"DEBURRED",
 * "checked":true}]}}: a measurement's value as a decimal (text or JSON number), a checkbox's {@code checked}.
 */
public record CollectData(List<ValueRequest> values) {

    /** More than any operation's fields (a work instruction has at most 50). */
    static final int MOST_VALUES = DefineWorkInstruction.MOST_FIELDS;

    public record ValueRequest(String field, String value, Boolean checked) {
    }

    /** One value with its form checked; which kind it must be is known only from the operation's instruction. */
    record Given(String field, BigDecimal value, Boolean checked) {
    }

    /** The values with their form checked (400 naming each wrong one by its JSON pointer): each field once, decimals that fit. */
    List<Given> checked() {
        List<FieldError> errors = new ArrayList<>();
        if (values == null || values.isEmpty()) {
            errors.add(new FieldError("/values", "is required: at least one {\"field\":\"…\",\"value\":\"…\"} or {\"field\":\"…\",\"checked\":true}"));
        } else if (values.size() > MOST_VALUES) {
            errors.add(new FieldError("/values", "must be at most " + MOST_VALUES + " values"));
        }
        List<Given> given = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        for (int i = 0; values != null && i < values.size() && i < MOST_VALUES; i++) {
            ValueRequest value = values.get(i);
            String at = "/values/" + i;
            if (value == null) {
                errors.add(new FieldError(at, "is required: {\"field\":\"…\",\"value\":\"…\"}"));
                continue;
            }
            String field = required(value.field(), CODE, at + "/field", errors);
            if (field != null && !fields.add(field.toUpperCase(Locale.ROOT))) {
                errors.add(new FieldError(at + "/field", field + " is given twice: record each field once per request"));
            }
            BigDecimal measured = Decimal.read(value.value(), at + "/value", errors);
            given.add(new Given(field == null ? null : field.toUpperCase(Locale.ROOT), measured, value.checked()));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return given;
    }

    /** Canonical form for Idempotency-Key checks: "25.0" and "25" are the same value. */
    static String fingerprint(UUID orderId, int sequence, List<Given> given) {
        return orderId + "|" + sequence + "|" + given.stream()
                .map(g -> g.field() + "=" + (g.value() == null ? "" : g.value().toPlainString()) + "/" + g.checked())
                .collect(Collectors.joining(","));
    }
}
