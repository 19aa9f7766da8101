package io.forgeline.quality.decisions;

import static io.forgeline.platform.problem.FieldChecks.NOTE;
import static io.forgeline.platform.problem.FieldChecks.atMost;
import static io.forgeline.platform.problem.FieldChecks.blankIsNull;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.quality.inspectionlot.InspectionLot;
import io.forgeline.quality.inspectionlot.UsageDecision.Disposition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a person's decision against the lot: the outcome, and dispositions that account for exactly the lot's
 * quantity (a decision must say what becomes of every unit, no more). Every wrong field is named at once.
 */
final class DecisionCheck {

    private static final Set<String> OUTCOMES = Set.of(Decisions.ACCEPTED, Decisions.REJECTED, Decisions.ACCEPTED_WITH_DEVIATION, Decisions.PARTIAL);
    private static final Set<String> ACTIONS = Set.of("RELEASE", "BLOCK", "SCRAP", "RETURN_TO_SUPPLIER");

    /** Longer than any password Keycloak would be asked to check; a longer one is not sent there at all. */
    private static final int PASSWORD = 256;

    private DecisionCheck() {
    }

    /** The outcome in capitals and the dispositions the decision books. */
    record Checked(String outcome, String comment, List<Disposition> dispositions) {
    }

    static Checked check(DecisionRequest request, InspectionLot lot) {
        List<FieldError> errors = new ArrayList<>();
        String outcome = request.outcome() == null ? "" : request.outcome().trim().toUpperCase(Locale.ROOT);
        if (!OUTCOMES.contains(outcome)) {
            errors.add(new FieldError("/outcome", "must be ACCEPTED, REJECTED, ACCEPTED_WITH_DEVIATION or PARTIAL"));
        }
        String comment = atMost(request.comment(), NOTE, "/comment", errors);
        if (outcome.equals(Decisions.ACCEPTED_WITH_DEVIATION) && blankIsNull(request.comment()) == null) {
            errors.add(new FieldError("/comment", "is required: say which deviation is accepted and why"));
        }
        if (request.signature() == null || request.signature().password() == null || request.signature().password().isEmpty()) {
            errors.add(new FieldError("/signature/password", "is required: a decision by hand is signed with your password"));
        } else if (request.signature().password().length() > PASSWORD) {
            errors.add(new FieldError("/signature/password", "must be at most " + PASSWORD + " characters"));
        }
        List<Disposition> given = lines(request.dispositions(), errors);
        List<Disposition> dispositions = switch (outcome) {
            case Decisions.ACCEPTED, Decisions.ACCEPTED_WITH_DEVIATION -> {
                if (!given.isEmpty()) {
                    errors.add(new FieldError("/dispositions", "an accepted lot is released whole: use PARTIAL to split it"));
                }
                yield List.of(new Disposition("RELEASE", lot.lotSize, comment == null ? "accepted" : "accepted with deviation: " + comment));
            }
            case Decisions.REJECTED -> {
                if (given.stream().anyMatch(d -> d.action().equals("RELEASE"))) {
                    errors.add(new FieldError("/dispositions", "a rejected lot releases nothing: use PARTIAL"));
                }
                yield given.isEmpty() ? List.of(new Disposition("BLOCK", lot.lotSize, comment == null ? "rejected" : "rejected: " + comment)) : given;
            }
            case Decisions.PARTIAL -> {
                if (given.size() < 2) {
                    errors.add(new FieldError("/dispositions", "a partial decision splits the lot: name at least two dispositions"));
                }
                yield given;
            }
            default -> given;
        };
        if (!given.isEmpty() && errors.isEmpty()) {
            BigDecimal total = given.stream().map(Disposition::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(lot.lotSize) != 0) {
                errors.add(new FieldError("/dispositions", "add up to " + total.stripTrailingZeros().toPlainString() + " " + lot.unit
                        + "; the lot holds " + lot.lotSize.stripTrailingZeros().toPlainString() + " " + lot.unit));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return new Checked(outcome, comment, dispositions);
    }

    private static List<Disposition> lines(List<DecisionRequest.Line> lines, List<FieldError> errors) {
        List<Disposition> read = new ArrayList<>();
        if (lines == null) {
            return read;
        }
        for (int i = 0; i < lines.size(); i++) {
            DecisionRequest.Line line = lines.get(i);
            String at = "/dispositions/" + i;
            String action = line == null || line.action() == null ? "" : line.action().trim().toUpperCase(Locale.ROOT);
            if (!ACTIONS.contains(action)) {
                errors.add(new FieldError(at + "/action", "must be RELEASE, BLOCK, SCRAP or RETURN_TO_SUPPLIER"));
            }
            String reason = line == null ? null : atMost(line.reason(), NOTE, at + "/reason", errors);
            if (line == null || line.quantity() == null || line.quantity().signum() <= 0) {
                errors.add(new FieldError(at + "/quantity", "must be a quantity above 0"));
            } else if (ACTIONS.contains(action)) {
                read.add(new Disposition(action, line.quantity(), reason));
            }
        }
        return read;
    }
}
