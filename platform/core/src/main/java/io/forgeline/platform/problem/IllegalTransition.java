package io.forgeline.platform.problem;

/** 409: the aggregate is in a state that does not allow this step (e.g. completing a cancelled order). */
public final class IllegalTransition extends DomainProblem {

    public IllegalTransition(String detail) {
        super(detail);
    }

    @Override public int status() { return 409; }
    @Override public String slug() { return "illegal-transition"; }
    @Override public String title() { return "Not allowed in the current state"; }
}
