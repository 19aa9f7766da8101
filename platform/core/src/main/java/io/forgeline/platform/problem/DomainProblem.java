package io.forgeline.platform.problem;

/** A refusal the domain knows how to explain; the subclass decides the HTTP status. */
public abstract sealed class DomainProblem extends RuntimeException permits NotFound, IllegalTransition, RuleViolation, InvalidField {

    protected DomainProblem(String detail) {
        super(detail, null, false, false);
    }

    public abstract int status();

    public abstract String slug();

    public abstract String title();
}
