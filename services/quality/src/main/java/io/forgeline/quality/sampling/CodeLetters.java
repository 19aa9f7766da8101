package io.forgeline.quality.sampling;

/**
 * Table 1 of ISO 2859-1 (and Z1.4): the sample size code letter for a lot size and inspection level. The letters
 * skip I and O, as the standards do.
 */
public final class CodeLetters {

    /** A to R, and S, which only the tightened table uses (a sample of 3150). */
    static final String LETTERS = "ABCDEFGHJKLMNPQRS";

    /** Largest lot of each row; the last row has no upper end. */
    private static final long[] LOT_UPPER_BOUNDS = {8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10_000, 35_000, 150_000, 500_000, Long.MAX_VALUE};

    /** Per row, the letters of S-1, S-2, S-3, S-4, I, II, III (the order of {@link InspectionLevel}). */
    private static final String[] ROWS = {
        "AAAAAAB", "AAAAABC", "AABBBCD", "ABBCCDE", "BBCCCEF", "BBCDDFG", "BCDEEGH", "BCDEFHJ",
        "CCEFGJK", "CDEGHKL", "CDFGJLM", "CDFHKMN", "DEGJLNP", "DEGJMPQ", "DEHKNQR",
    };

    private CodeLetters() {
    }

    public static char letter(long lotSize, InspectionLevel level) {
        if (lotSize < 1) {
            throw new IllegalArgumentException("a lot holds at least one unit, not " + lotSize);
        }
        // Table 1 starts at lots of 2; a single unit falls in its first row (and is inspected whole)
        int row = 0;
        while (lotSize > LOT_UPPER_BOUNDS[row]) {
            row++;
        }
        return ROWS[row].charAt(level.ordinal());
    }

    /** Position of a letter in the tables: A is 0, R is 15, S is 16. */
    static int index(char letter) {
        int index = LETTERS.indexOf(letter);
        if (index < 0) {
            throw new IllegalArgumentException("no code letter " + letter);
        }
        return index;
    }

    static char at(int index) {
        return LETTERS.charAt(index);
    }
}
