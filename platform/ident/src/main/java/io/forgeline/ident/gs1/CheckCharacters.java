package io.forgeline.ident.gs1;

/**
 * The pair of check characters that ends an alphanumeric GS1 key (GMN, AI 8013): each character's place
 * in character set 82 weighted by primes from the right, summed mod 1021, written as two characters of
 * GS1's 32-character set.
 */
final class CheckCharacters {

    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String CSET_32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83};

    private CheckCharacters() {
    }

    static String problem(String text, int from, int to) {
        int bodyLength = to - from - 2;
        if (bodyLength < 1 || bodyLength > PRIMES.length) {
            return "too short for its two check characters";
        }
        String expected = compute(text, from, to - 2);
        if (text.charAt(to - 2) == expected.charAt(0) && text.charAt(to - 1) == expected.charAt(1)) {
            return null;
        }
        return "check characters " + text.substring(to - 2, to) + " are wrong: " + text.substring(from, to - 2)
                + " needs " + expected;
    }

    static String compute(String text, int from, int to) {
        int sum = 0;
        int weight = 0;
        for (int i = to - 1; i >= from; i--) {
            sum += CSET_82.indexOf(text.charAt(i)) * PRIMES[weight++];
        }
        sum %= 1021;
        return "" + CSET_32.charAt(sum >> 5) + CSET_32.charAt(sum & 31);
    }
}
