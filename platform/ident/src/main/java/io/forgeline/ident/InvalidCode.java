package io.forgeline.ident;

/**
 * A code that cannot be read with certainty: a wrong check digit, an unknown Application Identifier, a
 * label whose separators are missing, an EPC header nobody defined. Carries the 0-based position of the
 * offending character in the text that was read, so a terminal can point at it.
 */
public final class InvalidCode extends IllegalArgumentException {

    private final int position;

    public InvalidCode(String reason, int position) {
        super(reason);
        this.position = position;
    }

    /** 0-based index of the character where reading failed; -1 when the problem is not at one character. */
    public int position() {
        return position;
    }

    /** The same refusal, with the position moved by {@code offset} (for text embedded in a longer input). */
    public InvalidCode shiftedBy(int offset) {
        return new InvalidCode(getMessage(), position < 0 ? position : position + offset);
    }

    // Refusals are ordinary answers to bad labels, not bugs: a stack trace would only cost time
    // (the parser tries suspicious readings in its hot loop).
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
