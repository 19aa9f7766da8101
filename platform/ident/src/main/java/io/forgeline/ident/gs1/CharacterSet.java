package io.forgeline.ident.gs1;

/** The character sets GS1 allows in a data field. */
enum CharacterSet {
    /** Digits only. */
    NUMERIC('N', "0123456789"),
    /** GS1 AI encodable character set 82: what most alphanumeric AIs (lot, serial) may hold. */
    CSET_82('X', "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"),
    /** GS1 AI encodable character set 39 (component/part identifiers). */
    CSET_39('Y', "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    /** URL-safe base64 (digital signatures). */
    BASE64_URL('Z', "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=");

    final char letter;
    private final boolean[] allowed = new boolean[128];

    CharacterSet(char letter, String characters) {
        this.letter = letter;
        for (int i = 0; i < characters.length(); i++) {
            allowed[characters.charAt(i)] = true;
        }
    }

    boolean allows(char c) {
        return c < 128 && allowed[c];
    }

    static CharacterSet of(char letter) {
        for (CharacterSet set : values()) {
            if (set.letter == letter) {
                return set;
            }
        }
        throw new IllegalArgumentException("no GS1 character set '" + letter + "'");
    }

    String describe() {
        return switch (this) {
            case NUMERIC -> "digits";
            case CSET_82 -> "GS1 character set 82";
            case CSET_39 -> "GS1 character set 39";
            case BASE64_URL -> "base64url";
        };
    }
}
