package io.forgeline.ident.digitallink;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.ApplicationIdentifier;
import io.forgeline.ident.gs1.Element;
import io.forgeline.ident.gs1.ElementString;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes element strings as an uncompressed GS1 Digital Link: the first primary key in the path, its
 * qualifiers after it in GS1's order, every other element as a query parameter in the order read.
 */
public final class DigitalLinkWriter {

    /** GS1's own resolver, the canonical domain of a Digital Link. */
    public static final String GS1_RESOLVER = "https://id.gs1.org";

    private DigitalLinkWriter() {
    }

    public static String write(ElementString data) {
        return write(data, GS1_RESOLVER);
    }

    /** {@code base} is the scheme, domain and any path before the key, e.g. "https://example.com/dl". */
    public static String write(ElementString data, String base) {
        Element key = null;
        for (Element element : data.elements()) {
            if (element.definition().digitalLinkKey()) {
                key = element;
                break;
            }
        }
        if (key == null) {
            throw new InvalidCode(data.bracketed() + " has no GS1 primary key, so it cannot be a Digital Link", -1);
        }
        StringBuilder uri = new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        uri.append('/').append(key.ai()).append('/').append(PercentEncoding.encode(key.value()));
        List<Element> rest = new ArrayList<>(data.elements());
        rest.remove(key);
        List<String> sequence = sequenceFor(key.definition(), rest);
        for (String qualifier : sequence) {
            for (Element element : rest) {
                if (element.ai().equals(qualifier)) {
                    uri.append('/').append(qualifier).append('/').append(PercentEncoding.encode(element.value()));
                    rest.remove(element);
                    break;
                }
            }
        }
        char separator = '?';
        for (Element element : rest) {
            if (!element.definition().digitalLinkAttribute()) {
                throw new InvalidCode(element + " cannot be written in a Digital Link with primary key (" + key.ai() + ")", -1);
            }
            uri.append(separator).append(element.ai()).append('=').append(PercentEncoding.encode(element.value()));
            separator = '&';
        }
        return uri.toString();
    }

    /** The key's qualifier sequence that holds the qualifiers present (at most one sequence can). */
    private static List<String> sequenceFor(ApplicationIdentifier key, List<Element> rest) {
        for (List<String> sequence : key.qualifierSequences()) {
            for (Element element : rest) {
                if (sequence.contains(element.ai())) {
                    return sequence;
                }
            }
        }
        return List.of();
    }
}
