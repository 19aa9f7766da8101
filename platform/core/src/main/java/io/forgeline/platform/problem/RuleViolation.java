package io.forgeline.platform.problem;

/** 422: the request is well-formed but a business rule refuses it (unknown item, lot on hold, ...). */
public final class RuleViolation extends DomainProblem {

    private final String field;

    public RuleViolation(String detail) {
        this(null, detail);
    }

    /** A refusal caused by one field's value, e.g. an item code that is not in the item master. */
    public RuleViolation(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override public int status() { return 422; }
    @Override public String slug() { return "rule-violation"; }
    @Override public String title() { return "Refused by a business rule"; }
}
