package io.forgeline.ident.gs1;

import java.util.List;

/**
 * One GS1 Application Identifier: what its data field may hold, whether it is followed by a separator,
 * which other AIs it needs or refuses, and its role in a Digital Link. Instances come from {@link
 * ApplicationIdentifiers}; there is one per AI (3103 and 3102 are distinct).
 */
public final class ApplicationIdentifier {

    private final String code;
    private final String title;
    private final List<Component> components;
    private final boolean predefinedLength;
    private final int minLength;
    private final int maxLength;
    private final int number;
    private final List<List<List<AiPattern>>> requirements;
    private final List<AiPattern> exclusions;
    private final boolean digitalLinkKey;
    private final List<List<String>> qualifierSequences;
    private final boolean digitalLinkAttribute;
    private final int decimalPlaces;

    ApplicationIdentifier(String code, String title, List<Component> components, boolean predefinedLength,
            List<List<List<AiPattern>>> requirements, List<AiPattern> exclusions, boolean digitalLinkKey,
            List<List<String>> qualifierSequences, boolean digitalLinkAttribute, int decimalPlaces) {
        this.code = code;
        this.number = Integer.parseInt(code);
        this.title = title;
        this.components = components;
        this.predefinedLength = predefinedLength;
        this.requirements = requirements;
        this.exclusions = exclusions;
        this.digitalLinkKey = digitalLinkKey;
        this.qualifierSequences = qualifierSequences;
        this.digitalLinkAttribute = digitalLinkAttribute;
        this.decimalPlaces = decimalPlaces;
        int min = 0;
        int max = 0;
        for (Component component : components) {
            min += component.optional() ? 0 : component.minLength();
            max += component.maxLength();
        }
        this.minLength = min;
        this.maxLength = max;
    }

    /** The AI itself, e.g. "01" or "3103". */
    public String code() {
        return code;
    }

    /** GS1's data title, e.g. "GTIN", "BATCH/LOT", "USE BY or EXPIRY". */
    public String title() {
        return title;
    }

    /**
     * Whether the AI belongs to the predefined-length list (00-03, 11-20, 31-36, 41x): its data has a fixed
     * length and is never followed by a separator. Every other AI needs GS after it unless it ends the data.
     */
    public boolean predefinedLength() {
        return predefinedLength;
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** Whether the data field holds only digits. */
    public boolean numeric() {
        for (Component component : components) {
            if (component.characters() != CharacterSet.NUMERIC) {
                return false;
            }
        }
        return true;
    }

    /** Whether it can stand as the primary key of a GS1 Digital Link (01, 00, 414, 8003, ...). */
    public boolean digitalLinkKey() {
        return digitalLinkKey;
    }

    /** The orders in which key qualifiers may follow this key in a Digital Link path, e.g. [[22, 10, 21], [235]]. */
    public List<List<String>> qualifierSequences() {
        return qualifierSequences;
    }

    /** Whether it may appear as a Digital Link data attribute (query parameter). */
    public boolean digitalLinkAttribute() {
        return digitalLinkAttribute;
    }

    /** Implied decimal places (310n, 392n...), or -1 when the value is not a decimal. */
    public int decimalPlaces() {
        return decimalPlaces;
    }

    /** Whether the data starts with a date (11, 15, 17, 7003...). */
    public boolean dated() {
        for (ContentCheck check : components.get(0).checks()) {
            if (check == ContentCheck.DATE || check == ContentCheck.DATE_OR_MONTH_END || check == ContentCheck.DATE_WITH_CENTURY) {
                return true;
            }
        }
        return false;
    }

    List<Component> components() {
        return components;
    }

    /** Each inner list is one need; it is met when every AI of one of its alternatives is present. */
    List<List<List<AiPattern>>> requirements() {
        return requirements;
    }

    List<AiPattern> exclusions() {
        return exclusions;
    }

    /** The AI's digits as a number, e.g. 3103. */
    int number() {
        return number;
    }

    @Override
    public String toString() {
        return "(" + code + ") " + title;
    }
}
