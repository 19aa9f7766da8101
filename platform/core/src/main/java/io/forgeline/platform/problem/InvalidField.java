package io.forgeline.platform.problem;

/** 400 for one field that bean validation cannot express (a header, a cross-field rule). */
public final class InvalidField extends DomainProblem {

    private final String field;

    public InvalidField(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        String message = getMessage();
        return message.substring(field.length() + 2);
    }

    @Override public int status() { return 400; }
    @Override public String slug() { return "invalid-request"; }
    @Override public String title() { return "The request is not valid"; }
}
