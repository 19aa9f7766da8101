package io.forgeline.ident.gs1;

/**
 * An AI or a family of AIs in a pairing rule: "01", or "310n" (any 310x), "31nn" (any 31xx). Held as
 * numbers because the parser checks every element against these rules on every scan.
 */
record AiPattern(String text, int length, int prefix, int divisor) {

    static AiPattern of(String text) {
        int wildcards = 0;
        while (wildcards < text.length() && text.charAt(text.length() - 1 - wildcards) == 'n') {
            wildcards++;
        }
        int divisor = (int) Math.pow(10, wildcards);
        int prefix = wildcards == text.length() ? 0 : Integer.parseInt(text.substring(0, text.length() - wildcards));
        return new AiPattern(text, text.length(), prefix, divisor);
    }

    boolean matches(ApplicationIdentifier ai) {
        return ai.code().length() == length && ai.number() / divisor == prefix;
    }

    @Override
    public String toString() {
        return text;
    }
}
