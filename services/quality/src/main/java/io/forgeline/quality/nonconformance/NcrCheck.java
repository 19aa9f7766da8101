package io.forgeline.quality.nonconformance;

import static io.forgeline.platform.problem.FieldChecks.CODE;
import static io.forgeline.platform.problem.FieldChecks.NAME;
import static io.forgeline.platform.problem.FieldChecks.NOTE;
import static io.forgeline.platform.problem.FieldChecks.UNIT;
import static io.forgeline.platform.problem.FieldChecks.atMost;
import static io.forgeline.platform.problem.FieldChecks.blankIsNull;
import static io.forgeline.platform.problem.FieldChecks.oneOf;
import static io.forgeline.platform.problem.FieldChecks.required;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks the NCR bodies whole, naming every wrong field as a JSON pointer (400). */
final class NcrCheck {

    private static final Pattern DEFECT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,39}");

    private NcrCheck() {
    }

    record Opening(NcrSource source, String itemCode, String lot, BigDecimal quantity, String unit, String supplierCode,
                   List<String> defectCodes, String description) {
    }

    record Disposing(NcrAction action, BigDecimal quantity, String reason) {
    }

    record Writing(String owner, LocalDate dueOn, String content, boolean done) {
    }

    static Opening opening(NcrRequests.Open request) {
        if (request == null) {
            throw FieldErrors.invalid(List.of(new FieldError("/", "send the nonconformance as JSON")));
        }
        List<FieldError> errors = new ArrayList<>();
        NcrSource source = oneOf(NcrSource.class, request.source(), "/source", errors);
        String item = required(request.itemCode(), CODE, "/itemCode", errors);
        String lot = atMost(request.lot(), CODE, "/lot", errors);
        String unit = atMost(request.unit(), UNIT, "/unit", errors);
        String supplier = atMost(request.supplierCode(), CODE, "/supplierCode", errors);
        if (request.quantity() == null || request.quantity().signum() <= 0) {
            errors.add(new FieldError("/quantity", "must be a quantity above 0: how much is nonconforming"));
        }
        String description = required(request.description(), NOTE, "/description", errors);
        List<String> defects = new ArrayList<>();
        List<String> given = request.defectCodes() == null ? List.of() : request.defectCodes();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).trim().toUpperCase(Locale.ROOT);
            if (!DEFECT_CODE.matcher(code).matches()) {
                errors.add(new FieldError("/defectCodes/" + i, "a defect code is 1 to 40 letters, digits, dots, dashes or underscores"));
            } else if (!defects.contains(code)) {
                defects.add(code);
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return new Opening(source, item, orEmpty(lot), request.quantity(), unit, orEmpty(supplier),
                List.copyOf(defects), description);
    }

    static Disposing disposing(NcrRequests.Dispose request) {
        if (request == null) {
            throw FieldErrors.invalid(List.of(new FieldError("/", "send the disposition as JSON")));
        }
        List<FieldError> errors = new ArrayList<>();
        NcrAction action = oneOf(NcrAction.class, request.action(), "/action", errors);
        if (request.quantity() == null || request.quantity().signum() <= 0) {
            errors.add(new FieldError("/quantity", "must be a quantity above 0"));
        }
        String reason = atMost(request.reason(), NOTE, "/reason", errors);
        if (action == NcrAction.USE_AS_IS && blankIsNull(request.reason()) == null) {
            errors.add(new FieldError("/reason", "is required to use nonconforming material as it is: say why it may be"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return new Disposing(action, request.quantity(), reason);
    }

    static Writing writing(int number, NcrRequests.WriteDiscipline request) {
        List<FieldError> errors = new ArrayList<>();
        if (number < 1 || number > 8) {
            errors.add(new FieldError("discipline", "is D1 to D8"));
        }
        if (request == null) {
            errors.add(new FieldError("/", "send the discipline as JSON"));
            throw FieldErrors.invalid(errors);
        }
        String content = required(request.content(), NOTE, "/content", errors);
        String owner = atMost(request.owner(), NAME, "/owner", errors);
        LocalDate due = null;
        if (blankIsNull(request.dueOn()) != null) {
            try {
                due = LocalDate.parse(request.dueOn().trim());
            } catch (DateTimeParseException notADate) {
                errors.add(new FieldError("/dueOn", "is a date like 2026-12-24"));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return new Writing(owner, due, content, Boolean.TRUE.equals(request.done()));
    }

    static SupplierResponse response(NcrRequests.Respond request) {
        SupplierResponse response = new SupplierResponse();
        List<FieldError> errors = new ArrayList<>();
        if (request != null) {
            response.containment = atMost(request.containment(), NOTE, "/containment", errors);
            response.rootCause = atMost(request.rootCause(), NOTE, "/rootCause", errors);
            response.correctiveAction = atMost(request.correctiveAction(), NOTE, "/correctiveAction", errors);
            response.comment = atMost(request.comment(), NOTE, "/comment", errors);
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        if (response.containment == null && response.rootCause == null && response.correctiveAction == null && response.comment == null) {
            throw FieldErrors.invalid(List.of(new FieldError("/containment",
                    "say at least one of containment, rootCause, correctiveAction or comment")));
        }
        return response;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
