package io.forgeline.ident.gs1;

import io.forgeline.ident.InvalidCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads GS1 element strings as scanners transmit them ("]C1", "]d2", "]Q3", "]e0", "]J1" or no
 * symbology identifier; FNC1 as ASCII GS) and in the bracketed human-readable form.
 *
 * <p>It refuses rather than guesses. The classic misreading is a variable-length field without its GS
 * separator: in "10ABC17261231" the batch/lot legally runs to the end and the expiry is lost. When a
 * variable-length field ends in digits that read completely as a date or key element (11-17, 00-03,
 * with a valid date or check digit), the label is refused as ambiguous, pointing at that element.
 */
public final class ElementStringParser {

    private static final char GS = ElementString.GS;

    private final Gs1Syntax syntax;

    public ElementStringParser(Gs1Syntax syntax) {
        this.syntax = syntax;
    }

    public ElementStringParser(Clock clock) {
        this(new Gs1Syntax(clock));
    }

    public ElementStringParser() {
        this(new Gs1Syntax());
    }

    public Gs1Syntax syntax() {
        return syntax;
    }

    /** Reads any form: symbology identifier and GS separators, bracketed, or plain element strings. */
    public ElementString parse(String input) {
        if (input.isEmpty()) {
            throw new InvalidCode("nothing to read", 0);
        }
        if (input.charAt(0) == ']') {
            Source source = symbology(input);
            if (source == null) {
                throw new InvalidCode("symbology identifier " + input.substring(0, Math.min(3, input.length()))
                        + " does not announce GS1 element strings (]C1, ]d2, ]Q3, ]e0 or ]J1 do)", 0);
            }
            return transmitted(input, 3, source);
        }
        if (input.charAt(0) == '(') {
            return bracketed(input);
        }
        return transmitted(input, 0, Source.PLAIN);
    }

    /** The GS1 source a symbology identifier at the start announces, or null when it announces none. */
    public static Source symbology(String input) {
        if (input.length() < 3 || input.charAt(0) != ']') {
            return null;
        }
        return switch (input.substring(0, 3)) {
            case "]C1" -> Source.GS1_128;
            case "]d2" -> Source.DATAMATRIX;
            case "]Q3" -> Source.QR;
            case "]e0" -> Source.DATABAR;
            case "]J1" -> Source.DOTCODE;
            default -> null;
        };
    }

    /** Element strings run together with GS where a variable-length field ends, starting at {@code from}. */
    public ElementString transmitted(String input, int from, Source source) {
        int year = syntax.currentYear();
        int length = input.length();
        int at = from;
        if (at < length && input.charAt(at) == GS) {
            at++; // FNC1 in first position, which some scanners pass on as GS
        }
        if (at >= length) {
            throw new InvalidCode("no element strings" + (from > 0 ? " after " + input.substring(0, from) : ""), at);
        }
        List<Element> elements = new ArrayList<>(6);
        int[] positions = new int[8];
        while (at < length) {
            ApplicationIdentifier ai = ApplicationIdentifiers.at(input, at);
            if (ai == null) {
                throw noAiAt(input, at);
            }
            if (elements.size() == positions.length) {
                positions = Arrays.copyOf(positions, positions.length * 2);
            }
            positions[elements.size()] = at;
            int valueAt = at + ai.code().length();
            if (ai.predefinedLength()) {
                int end = Math.min(valueAt + ai.maxLength(), length);
                elements.add(syntax.element(ai, input, valueAt, end, valueAt, year));
                at = end;
                if (at < length && input.charAt(at) == GS) {
                    at++; // needless after a predefined length, but harmless: nothing can be misread
                }
            } else {
                int end = input.indexOf(GS, valueAt);
                if (end < 0) {
                    end = length;
                }
                elements.add(syntax.element(ai, input, valueAt, end, valueAt, year));
                refuseSwallowedElement(input, ai, valueAt, end, year);
                at = end < length ? end + 1 : end; // a GS at the very end is tolerated
            }
        }
        return syntax.combine(source, elements, Arrays.copyOf(positions, elements.size()));
    }

    /** The human-readable form: (01)09506000134352(17)261231(10)ABC, "\(" for a bracket inside data. */
    public ElementString bracketed(String input) {
        int year = syntax.currentYear();
        int length = input.length();
        List<Element> elements = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int at = skipSpaces(input, 0);
        while (at < length) {
            if (input.charAt(at) != '(') {
                throw new InvalidCode("expected '(' to open an Application Identifier, found " + Gs1Syntax.describe(input.charAt(at)), at);
            }
            int close = input.indexOf(')', at);
            if (close < 0) {
                throw new InvalidCode("'(' opens an Application Identifier that is never closed", at);
            }
            String code = input.substring(at + 1, close);
            int codeAt = at + 1;
            ApplicationIdentifier ai = ApplicationIdentifiers.find(code)
                    .orElseThrow(() -> new InvalidCode("(" + code + ") is not a GS1 Application Identifier", codeAt));
            int valueAt = skipSpaces(input, close + 1);
            StringBuilder value = new StringBuilder();
            int i = valueAt;
            while (i < length && input.charAt(i) != '(') {
                char c = input.charAt(i);
                if (c == '\\' && i + 1 < length && input.charAt(i + 1) == '(') {
                    value.append('(');
                    i += 2;
                } else {
                    value.append(c);
                    i++;
                }
            }
            String data = value.toString().stripTrailing();
            positions.add(at);
            elements.add(syntax.element(ai, data, 0, data.length(), valueAt, year));
            at = i;
        }
        if (elements.isEmpty()) {
            throw new InvalidCode("no element strings", 0);
        }
        return syntax.combine(Source.BRACKETED, elements, positions.stream().mapToInt(Integer::intValue).toArray());
    }

    private void refuseSwallowedElement(String input, ApplicationIdentifier ai, int from, int to, int year) {
        for (int k = from + 1; k + 1 < to; k++) {
            char first = input.charAt(k);
            char second = input.charAt(k + 1);
            boolean suspect = first == '0' && second >= '0' && second <= '3'
                    || first == '1' && second >= '1' && second <= '7' && second != '4';
            if (suspect) {
                String hidden = readsAsElements(input, k, to, year);
                if (hidden != null) {
                    throw new InvalidCode(Gs1Syntax.name(ai) + " '" + input.substring(from, to) + "' ends in what reads as "
                            + hidden + ": a GS separator is probably missing, so the label cannot be read safely", k);
                }
            }
        }
    }

    /** The first element if {@code input[at, to)} reads completely as valid element strings, else null. */
    private String readsAsElements(String input, int at, int to, int year) {
        String first = null;
        while (at < to) {
            ApplicationIdentifier ai = ApplicationIdentifiers.at(input, at);
            if (ai == null || at + ai.code().length() >= to) {
                return null;
            }
            int valueAt = at + ai.code().length();
            int end = ai.predefinedLength() ? valueAt + ai.maxLength() : to;
            if (end > to) {
                return null;
            }
            try {
                syntax.element(ai, input, valueAt, end, valueAt, year);
            } catch (InvalidCode notAnElement) {
                return null;
            }
            if (first == null) {
                first = "(" + ai.code() + ") " + input.substring(valueAt, end);
            }
            at = end;
        }
        return first;
    }

    private static InvalidCode noAiAt(String input, int at) {
        char c = input.charAt(at);
        if (c == GS) {
            return new InvalidCode("two GS separators in a row: an element with no data", at);
        }
        if (c < '0' || c > '9') {
            return new InvalidCode("expected an Application Identifier, found " + Gs1Syntax.describe(c), at);
        }
        int length = ApplicationIdentifiers.lengthOfAiAt(input, at);
        if (length == 0) {
            if (at + 1 >= input.length()) {
                return new InvalidCode("the data ends inside an Application Identifier", at);
            }
            if (!Character.isDigit(input.charAt(at + 1))) {
                return new InvalidCode("expected an Application Identifier, found " + Gs1Syntax.describe(input.charAt(at + 1)), at + 1);
            }
            return new InvalidCode("no GS1 Application Identifier starts with " + input.substring(at, at + 2), at);
        }
        if (at + length > input.length()) {
            return new InvalidCode("the data ends inside an Application Identifier", at);
        }
        for (int i = at + 2; i < at + length; i++) {
            if (!Character.isDigit(input.charAt(i))) {
                return new InvalidCode("expected the digits of an Application Identifier, found " + Gs1Syntax.describe(input.charAt(i)), i);
            }
        }
        return new InvalidCode("(" + input.substring(at, at + length) + ") is not a GS1 Application Identifier", at);
    }

    private static int skipSpaces(String input, int at) {
        while (at < input.length() && input.charAt(at) == ' ') {
            at++;
        }
        return at;
    }
}
