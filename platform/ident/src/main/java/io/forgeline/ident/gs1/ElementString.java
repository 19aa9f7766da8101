package io.forgeline.ident.gs1;

import io.forgeline.ident.key.Gln;
import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The GS1 data of one scan: its elements in the order they were read, every one valid and together
 * obeying GS1's rules on which AIs go together. Two element strings are equal when their elements are,
 * wherever they came from.
 */
public final class ElementString {

    /** ASCII group separator: how scanners transmit FNC1 between elements. */
    public static final char GS = '\u001d';

    private final Source source;
    private final List<Element> elements;

    ElementString(Source source, List<Element> elements) {
        this.source = source;
        this.elements = List.copyOf(elements);
    }

    /** Reads element strings in any written or transmitted form, with today's date for the century rule. */
    public static ElementString parse(String text) {
        return new ElementStringParser().parse(text);
    }

    public Source source() {
        return source;
    }

    public List<Element> elements() {
        return elements;
    }

    public Optional<Element> element(String ai) {
        for (Element element : elements) {
            if (element.ai().equals(ai)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    public Optional<String> value(String ai) {
        return element(ai).map(Element::value);
    }

    /** The GTIN of a trade item (01); not the GTIN of contained items (02). */
    public Optional<Gtin> gtin() {
        return value("01").map(Gtin::new);
    }

    public Optional<Sscc> sscc() {
        return value("00").map(Sscc::new);
    }

    /** The GLN of a physical location (414). */
    public Optional<Gln> gln() {
        return value("414").map(Gln::new);
    }

    public Optional<String> lot() {
        return value("10");
    }

    public Optional<String> serial() {
        return value("21");
    }

    /** The expiry (use by) date, AI 17. */
    public Optional<LocalDate> expiry() {
        return element("17").flatMap(Element::date);
    }

    /** The same elements marked as coming from another source. */
    public ElementString from(Source other) {
        return new ElementString(other, elements);
    }

    /** Human-readable form: (01)09506000134352(17)261231(10)ABC; a "(" inside data is written "\(". */
    public String bracketed() {
        StringBuilder text = new StringBuilder();
        for (Element element : elements) {
            text.append('(').append(element.ai()).append(')').append(element.value().replace("(", "\\("));
        }
        return text.toString();
    }

    /**
     * As a scanner transmits it without symbology identifier: elements run together, GS after every
     * element that is not of predefined length, except the last.
     */
    public String transmitted() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            text.append(element.ai()).append(element.value());
            if (i < elements.size() - 1 && !element.definition().predefinedLength()) {
                text.append(GS);
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElementString that && that.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    @Override
    public String toString() {
        return bracketed();
    }
}
