package io.forgeline.platform.problem;

import io.forgeline.platform.faults.Permanent;

/** A refusal the domain knows how to explain; the subclass decides the HTTP status. */
public abstract sealed class DomainProblem extends RuntimeException implements Permanent permits NotFound, IllegalTransition, RuleViolation, InvalidField, FieldErrors {

    protected DomainProblem(String detail) {
        super(detail, null, false, false);
    }

    public abstract int status();

    public abstract String slug();

    public abstract String title();
}
