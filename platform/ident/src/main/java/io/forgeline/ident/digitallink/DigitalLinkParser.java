package io.forgeline.ident.digitallink;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.ApplicationIdentifier;
import io.forgeline.ident.gs1.ApplicationIdentifiers;
import io.forgeline.ident.gs1.Element;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.gs1.Gs1Syntax;
import io.forgeline.ident.gs1.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uncompressed GS1 Digital Link URI such as
 * {@code https://id.gs1.org/01/09506000134352/10/ABC?17=261231}: any domain and any path before the
 * primary key, then the key, then its qualifiers in the order GS1 prescribes for it (22, 10, 21 after a
 * GTIN), then data attributes as query parameters with AI names. Query parameters that are not AIs
 * (linkType, context...) belong to the resolver and are ignored. Every value gets the same checks as
 * in a barcode, and the elements together obey the same pairing rules.
 */
public final class DigitalLinkParser {

    private final Gs1Syntax syntax;

    public DigitalLinkParser(Gs1Syntax syntax) {
        this.syntax = syntax;
    }

    public DigitalLinkParser() {
        this(new Gs1Syntax());
    }

    /**
     * Whether the text is an http(s) URI whose path holds a GS1 primary key followed by a value, which
     * is what makes it a Digital Link rather than some other web address.
     */
    public static boolean looksLikeDigitalLink(String text) {
        int pathAt = pathStart(text);
        if (pathAt < 0) {
            return false;
        }
        List<int[]> segments = segments(text, pathAt, pathEnd(text, pathAt));
        return primaryKeyIndex(text, segments) >= 0;
    }

    public ElementString parse(String uri) {
        int pathAt = pathStart(uri);
        if (pathAt < 0) {
            throw new InvalidCode("a Digital Link is an http:// or https:// address with a path", 0);
        }
        int pathEnd = pathEnd(uri, pathAt);
        List<int[]> segments = segments(uri, pathAt, pathEnd);
        int keyIndex = primaryKeyIndex(uri, segments);
        if (keyIndex < 0) {
            throw new InvalidCode("no GS1 primary key (such as /01/ for a GTIN or /00/ for an SSCC) with a value in the path", pathAt);
        }
        for (int i = keyIndex; i < segments.size(); i++) {
            if (segments.get(i)[0] == segments.get(i)[1]) {
                throw new InvalidCode("empty path segment after the primary key", segments.get(i)[0]);
            }
        }
        if ((segments.size() - keyIndex) % 2 != 0) {
            int[] last = segments.get(segments.size() - 1);
            throw new InvalidCode("the path after the primary key must be pairs of AI and value; '"
                    + text(uri, last) + "' has no value", last[0]);
        }
        List<Element> elements = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        ApplicationIdentifier key = ApplicationIdentifiers.get(text(uri, segments.get(keyIndex)));
        elements.add(value(key, uri, segments.get(keyIndex + 1)));
        positions.add(segments.get(keyIndex)[0]);
        readQualifiers(uri, segments, keyIndex, key, elements, positions);
        readAttributes(uri, pathEnd, elements, positions);
        return syntax.combine(Source.DIGITAL_LINK, elements, positions.stream().mapToInt(Integer::intValue).toArray());
    }

    private void readQualifiers(String uri, List<int[]> segments, int keyIndex, ApplicationIdentifier key,
            List<Element> elements, List<Integer> positions) {
        List<String> seen = new ArrayList<>();
        List<Integer> seenAt = new ArrayList<>();
        for (int i = keyIndex + 2; i < segments.size(); i += 2) {
            int[] segment = segments.get(i);
            String code = text(uri, segment);
            ApplicationIdentifier qualifier = ApplicationIdentifiers.find(code).orElseThrow(
                    () -> new InvalidCode("'" + code + "' in the path is not a GS1 Application Identifier", segment[0]));
            if (!qualifies(key, code)) {
                throw new InvalidCode("(" + code + ") is not a key qualifier of (" + key.code() + ")"
                        + (qualifier.digitalLinkAttribute() ? ": it belongs in the query, as ?" + code + "=..." : ""), segment[0]);
            }
            seen.add(code);
            seenAt.add(segment[0]);
            elements.add(value(qualifier, uri, segments.get(i + 1)));
            positions.add(segment[0]);
        }
        if (!seen.isEmpty() && !inOrder(key, seen)) {
            int wrong = firstOutOfOrder(key, seen);
            throw new InvalidCode("key qualifiers of (" + key.code() + ") must come in the order "
                    + describe(key.qualifierSequences()) + ", but (" + seen.get(wrong) + ") comes after ("
                    + seen.get(wrong - 1) + ")", seenAt.get(wrong));
        }
    }

    private void readAttributes(String uri, int pathEnd, List<Element> elements, List<Integer> positions) {
        if (pathEnd >= uri.length() || uri.charAt(pathEnd) != '?') {
            return;
        }
        int queryEnd = uri.indexOf('#', pathEnd);
        if (queryEnd < 0) {
            queryEnd = uri.length();
        }
        int at = pathEnd + 1;
        while (at < queryEnd) {
            int end = uri.indexOf('&', at);
            if (end < 0 || end > queryEnd) {
                end = queryEnd;
            }
            int equals = uri.indexOf('=', at);
            if (end > at && equals > at && equals < end && allDigits(uri, at, equals)) {
                String code = uri.substring(at, equals);
                int nameAt = at;
                ApplicationIdentifier ai = ApplicationIdentifiers.find(code).orElseThrow(
                        () -> new InvalidCode("query parameter " + code + " is not a GS1 Application Identifier", nameAt));
                if (!ai.digitalLinkAttribute()) {
                    throw new InvalidCode("(" + code + ") " + ai.title() + " cannot be a Digital Link data attribute"
                            + (ai.digitalLinkKey() ? ": it is a primary key and belongs in the path" : "")
                            + (isQualifier(code) ? ": it is a key qualifier and belongs in the path" : ""), at);
                }
                for (Element existing : elements) {
                    if (existing.ai().equals(code)) {
                        throw new InvalidCode("(" + code + ") appears twice in the Digital Link", at);
                    }
                }
                String value = PercentEncoding.decode(uri, equals + 1, end);
                elements.add(syntax.element(ai, value, equals + 1));
                positions.add(at);
            }
            // anything else (linkType=..., context=...) is for the resolver, not GS1 data
            at = end + 1;
        }
    }

    private Element value(ApplicationIdentifier ai, String uri, int[] segment) {
        String value = PercentEncoding.decode(uri, segment[0], segment[1]);
        if (ai.code().equals("01") && (value.length() == 8 || value.length() == 12 || value.length() == 13)) {
            value = "0".repeat(14 - value.length()) + value; // GS1 allows GTIN-8/12/13 in the path, AI (01) holds 14 digits
        }
        return syntax.element(ai, value, segment[0]);
    }

    private static boolean qualifies(ApplicationIdentifier key, String code) {
        for (List<String> sequence : key.qualifierSequences()) {
            if (sequence.contains(code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQualifier(String code) {
        for (ApplicationIdentifier ai : ApplicationIdentifiers.all()) {
            if (ai.digitalLinkKey() && qualifies(ai, code)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the qualifiers follow one of the key's sequences, each present at most once, in its order. */
    private static boolean inOrder(ApplicationIdentifier key, List<String> seen) {
        for (List<String> sequence : key.qualifierSequences()) {
            int last = -1;
            boolean fits = true;
            for (String code : seen) {
                int index = sequence.indexOf(code);
                if (index <= last) {
                    fits = false;
                    break;
                }
                last = index;
            }
            if (fits) {
                return true;
            }
        }
        return false;
    }

    private static int firstOutOfOrder(ApplicationIdentifier key, List<String> seen) {
        for (int i = 1; i < seen.size(); i++) {
            if (!inOrder(key, seen.subList(0, i + 1))) {
                return i;
            }
        }
        return seen.size() - 1;
    }

    private static String describe(List<List<String>> sequences) {
        List<String> parts = new ArrayList<>();
        for (List<String> sequence : sequences) {
            parts.add(String.join(", ", sequence));
        }
        return String.join(" (or ", parts) + ")".repeat(parts.size() - 1);
    }

    /**
     * Index of the primary key segment: the first key AI followed by a value and pairs of segments, so
     * a resolver's own path before it may hold anything; failing that, the first key AI followed by
     * anything, so that a broken Digital Link is refused rather than taken for some other address.
     */
    private static int primaryKeyIndex(String uri, List<int[]> segments) {
        int fallback = -1;
        for (int i = 0; i + 1 < segments.size(); i++) {
            int[] segment = segments.get(i);
            if (allDigits(uri, segment[0], segment[1])) {
                ApplicationIdentifier ai = ApplicationIdentifiers.find(text(uri, segment)).orElse(null);
                if (ai != null && ai.digitalLinkKey()) {
                    if ((segments.size() - i) % 2 == 0) {
                        return i;
                    }
                    fallback = fallback < 0 ? i : fallback;
                }
            }
        }
        return fallback;
    }

    private static int pathStart(String uri) {
        int authorityAt;
        if (uri.regionMatches(true, 0, "https://", 0, 8)) {
            authorityAt = 8;
        } else if (uri.regionMatches(true, 0, "http://", 0, 7)) {
            authorityAt = 7;
        } else {
            return -1;
        }
        int slash = uri.indexOf('/', authorityAt);
        int query = uri.indexOf('?', authorityAt);
        if (slash < 0 || query >= 0 && query < slash || slash == authorityAt) {
            return -1;
        }
        return slash;
    }

    private static int pathEnd(String uri, int pathAt) {
        for (int i = pathAt; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return uri.length();
    }

    /** [start, end) of each segment after each '/' in the path. */
    private static List<int[]> segments(String uri, int pathAt, int pathEnd) {
        List<int[]> segments = new ArrayList<>();
        int at = pathAt + 1;
        while (at <= pathEnd) {
            int slash = uri.indexOf('/', at);
            int end = slash < 0 || slash > pathEnd ? pathEnd : slash;
            segments.add(new int[] {at, end});
            at = end + 1;
        }
        if (segments.size() > 1 && segments.get(segments.size() - 1)[0] == pathEnd) {
            segments.remove(segments.size() - 1); // a trailing slash adds nothing to read
        }
        return segments;
    }

    private static String text(String uri, int[] segment) {
        return uri.substring(segment[0], segment[1]);
    }

    private static boolean allDigits(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
