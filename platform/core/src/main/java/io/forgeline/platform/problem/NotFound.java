package io.forgeline.platform.problem;

/** 404: the thing the user named does not exist. */
public final class NotFound extends DomainProblem {

    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }

    @Override public int status() { return 404; }
    @Override public String slug() { return "not-found"; }
    @Override public String title() { return "Not found"; }
}
