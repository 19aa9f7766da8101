package io.forgeline.platform.problem;

import io.forgeline.platform.problem.Problem.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A document refused whole, naming every field that refuses it at once (an ASN with three bad handling units
 * lists all three): 400 when the form is wrong, 409 when the fields clash with what is there, 422 when a business
 * rule refuses them. Fields are named as the document's client knows them, e.g. JSON pointers.
 */
public final class FieldErrors extends DomainProblem {

    private final int status;
    private final List<FieldError> errors;

    private FieldErrors(int status, List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one field");
        }
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static FieldErrors invalid(List<FieldError> errors) {
        return new FieldErrors(400, errors);
    }

    public static FieldErrors conflicting(List<FieldError> errors) {
        return new FieldErrors(409, errors);
    }

    public static FieldErrors refused(List<FieldError> errors) {
        return new FieldErrors(422, errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override public int status() { return status; }

    @Override public String slug() {
        return switch (status) {
            case 400 -> "invalid-request";
            case 409 -> "conflict";
            default -> "rule-violation";
        };
    }

    @Override public String title() {
        return switch (status) {
            case 400 -> "The request is not valid";
            case 409 -> "The request clashes with what is there";
            default -> "Refused by a business rule";
        };
    }
}
