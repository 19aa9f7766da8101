package io.forgeline.ident.gs1;

import io.forgeline.ident.key.CheckDigit;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * What a data field must mean beyond its characters: a right check digit, a real date, a known currency.
 * Each check answers with the reason it fails, or null; the caller knows where the field starts.
 */
enum ContentCheck {
    CHECK_DIGIT("check") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            if (CheckDigit.isValid(text, from, to)) {
                return null;
            }
            return "check digit " + text.charAt(to - 1) + " is wrong: " + text.substring(from, to - 1)
                    + " needs " + CheckDigit.compute(text, from, to - 1);
        }
    },
    DATE("date") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return Dates.problem(text, from, currentYear, false);
        }
    },
    DATE_OR_MONTH_END("date0") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return Dates.problem(text, from, currentYear, true);
        }
    },
    DATE_WITH_CENTURY("date8") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return Dates.problemWithCentury(text, from);
        }
    },
    HOUR_MINUTE("hhmm") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            String hour = HOUR.problem(text, from, from + 2, currentYear);
            return hour != null ? hour : MINUTE.problem(text, from + 2, to, currentYear);
        }
    },
    HOUR("hh") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return number(text, from, from + 2) > 23 ? "hour " + text.substring(from, from + 2) + " does not exist" : null;
        }
    },
    MINUTE("mm") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return number(text, from, from + 2) > 59 ? "minute " + text.substring(from, from + 2) + " does not exist" : null;
        }
    },
    SECOND("ss") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return number(text, from, from + 2) > 59 ? "second " + text.substring(from, from + 2) + " does not exist" : null;
        }
    },
    CURRENCY("currency") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return Currencies.byNumericCode((int) number(text, from, to)) == null
                    ? text.substring(from, to) + " is not an ISO 4217 currency code" : null;
        }
    },
    COUNTRY_ALPHA_2("country2") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return Countries.ALPHA_2.contains(text.substring(from, to)) ? null
                    : text.substring(from, to) + " is not an ISO 3166 country code";
        }
    },
    YES_NO("yesno") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            char c = text.charAt(from);
            return c == '0' || c == '1' ? null : "must be 0 (no) or 1 (yes), not " + c;
        }
    },
    ZERO("zero") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return number(text, from, to) == 0 ? null : "must be 0";
        }
    },
    NON_ZERO("nonzero") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return number(text, from, to) != 0 ? null : "must not be zero";
        }
    },
    WINDING("winding") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            char c = text.charAt(from);
            return c == '0' || c == '1' || c == '9' ? null : "winding direction must be 0, 1 or 9, not " + c;
        }
    },
    PIECE_OF_TOTAL("pieces") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            long piece = number(text, from, from + 2);
            long total = number(text, from + 2, to);
            return piece >= 1 && total >= 1 && piece <= total ? null
                    : "piece " + piece + " of " + total + " is not a piece of a whole";
        }
    },
    PERCENT_ENCODED("pct") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '%' && (i + 2 >= to || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0)) {
                    return "'%' must start a percent-encoded character (%XX)";
                }
            }
            return null;
        }
    },
    LATITUDE("lat") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return number(text, from, to) <= 1_800_000_000L ? null : "latitude out of range";
        }
    },
    LONGITUDE("lon") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return number(text, from, to) <= 3_600_000_000L ? null : "longitude out of range";
        }
    },
    MINUS("minus") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return text.charAt(from) == '-' ? null : "only '-' may follow the temperature";
        }
    },
    NO_LEADING_ZERO("nolead0") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return to - from > 1 && text.charAt(from) == '0' ? "must not start with 0" : null;
        }
    },
    IBAN("iban") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return Iban.problem(text.substring(from, to));
        }
    },
    MEDIA_TYPE("media") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            long type = number(text, from, to);
            return type >= 1 && type <= 10 || type >= 80 ? null : "AIDC media type " + text.substring(from, to) + " is not defined";
        }
    },
    BIOLOGICAL_SEX("sex") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            char c = text.charAt(from);
            return c == '0' || c == '1' || c == '2' || c == '9' ? null : "ISO 5218 sex must be 0, 1, 2 or 9, not " + c;
        }
    },
    BIRTH_SEQUENCE("birthseq") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            char position = text.charAt(from);
            char total = text.charAt(from + 2);
            boolean shape = Character.isDigit(position) && text.charAt(from + 1) == '/' && Character.isDigit(total);
            return shape && position >= '1' && position <= total ? null : "birth sequence must read n/m with 1 <= n <= m";
        }
    },
    IMPORTER_INDEX("importer") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            char c = text.charAt(from);
            boolean ok = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || c == '_';
            return ok ? null : "'" + c + "' is not an importer index";
        }
    },
    CHECK_CHARACTERS("checkchars") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            return CheckCharacters.problem(text, from, to);
        }
    },
    HAS_LETTER("letter") {
        @Override
        String problem(String text, int from, int to, int currentYear) {
            for (int i = from; i < to; i++) {
                if (!Character.isDigit(text.charAt(i))) {
                    return null;
                }
            }
            return "must not be all digits";
        }
    };

    private final String name;

    ContentCheck(String name) {
        this.name = name;
    }

    /** Why {@code text[from, to)} fails this check, or null when it passes. */
    abstract String problem(String text, int from, int to, int currentYear);

    static ContentCheck named(String name) {
        for (ContentCheck check : values()) {
            if (check.name.equals(name)) {
                return check;
            }
        }
        throw new IllegalArgumentException("no content check '" + name + "'");
    }

    static long number(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static final class Countries {
        static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());
    }

    static final class Currencies {
        private static final java.util.Map<Integer, Currency> BY_NUMBER = new java.util.HashMap<>();

        static {
            for (Currency currency : Currency.getAvailableCurrencies()) {
                if (currency.getNumericCode() > 0) {
                    BY_NUMBER.putIfAbsent(currency.getNumericCode(), currency);
                }
            }
        }

        static Currency byNumericCode(int code) {
            return BY_NUMBER.get(code);
        }
    }
}
