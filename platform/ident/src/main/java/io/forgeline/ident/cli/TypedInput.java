package io.forgeline.ident.cli;

/**
 * A scan typed on a shell, where the GS separator cannot be typed: {@code \x1d} and {@code <GS>} stand
 * for it. Positions in the decoded text map back to where the user typed them.
 */
record TypedInput(String text, int[] typedAt) {

    private static final String[] GS_SPELLINGS = {"\\x1d", "\\x1D", "<GS>", "<gs>"};

    static TypedInput of(String typed) {
        StringBuilder text = new StringBuilder(typed.length());
        int[] typedAt = new int[typed.length() + 1];
        int i = 0;
        while (i < typed.length()) {
            String spelling = gsSpellingAt(typed, i);
            typedAt[text.length()] = i;
            if (spelling != null) {
                text.append('\u001d');
                i += spelling.length();
            } else {
                text.append(typed.charAt(i));
                i++;
            }
        }
        typedAt[text.length()] = typed.length();
        return new TypedInput(text.toString(), java.util.Arrays.copyOf(typedAt, text.length() + 1));
    }

    /** Where the character at {@code position} of the decoded text was typed. */
    int typedPosition(int position) {
        return typedAt[Math.min(Math.max(position, 0), typedAt.length - 1)];
    }

    private static String gsSpellingAt(String typed, int at) {
        for (String spelling : GS_SPELLINGS) {
            if (typed.startsWith(spelling, at)) {
                return spelling;
            }
        }
        return null;
    }
}
