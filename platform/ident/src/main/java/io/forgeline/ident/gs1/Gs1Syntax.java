package io.forgeline.ident.gs1;

import io.forgeline.ident.InvalidCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The GS1 rules every reader applies, whatever form the data came in: each element's data against its
 * AI (characters, length, content checks) and the elements together (what an AI needs, what it must
 * not meet, no AI twice with different data). The clock only decides the century of two-digit years.
 */
public final class Gs1Syntax {

    private final Clock clock;
    private Year year;

    public Gs1Syntax(Clock clock) {
        this.clock = clock;
    }

    public Gs1Syntax() {
        this(Clock.systemUTC());
    }

    int currentYear() {
        long now = clock.millis();
        Year year = this.year;
        if (year == null || now < year.startsAt() || now >= year.endsAt()) {
            // asking the clock for a date on every scan would cost the parser a third of its speed
            int current = LocalDate.ofInstant(Instant.ofEpochMilli(now), ZoneOffset.UTC).getYear();
            year = new Year(current, LocalDate.of(current, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(),
                    LocalDate.of(current + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            this.year = year;
        }
        return year.value();
    }

    /** The current year and the instants it spans; immutable, so sharing it between threads needs no lock. */
    private record Year(int value, long startsAt, long endsAt) {
    }

    /** Checks {@code value} as the data of {@code ai}; errors point into the text where the value started at {@code position}. */
    public Element element(ApplicationIdentifier ai, String value, int position) {
        return element(ai, value, 0, value.length(), position, currentYear());
    }

    /** Checks {@code text[from, to)} as the data of {@code ai}; {@code position} is where {@code from} is in the input. */
    Element element(ApplicationIdentifier ai, String text, int from, int to, int position, int currentYear) {
        int length = to - from;
        if (length == 0) {
            throw new InvalidCode(name(ai) + " has no data", position);
        }
        if (length > ai.maxLength()) {
            throw new InvalidCode(name(ai) + " holds at most " + ai.maxLength() + " characters, here it runs to "
                    + length + (ai.predefinedLength() ? "" : " (is a GS separator missing?)"), position + ai.maxLength());
        }
        if (length < ai.minLength()) {
            throw new InvalidCode(name(ai) + " needs " + (ai.minLength() == ai.maxLength() ? "" : "at least ")
                    + ai.minLength() + " " + (ai.numeric() ? "digits" : "characters") + ", got " + length, position + length);
        }
        LocalDate date = null;
        int at = from;
        for (Component component : ai.components()) {
            int remaining = to - at;
            if (remaining == 0) {
                break; // only optional parts can be missing: minLength guaranteed the rest
            }
            int take = component.fixedLength() ? component.minLength() : Math.min(remaining, component.maxLength());
            if (take > remaining) {
                throw new InvalidCode(name(ai) + " is cut short: a part of " + component.minLength()
                        + " characters has only " + remaining, position + (to - from));
            }
            CharacterSet characters = component.characters();
            for (int i = at; i < at + take; i++) {
                char c = text.charAt(i);
                if (!characters.allows(c)) {
                    throw new InvalidCode(describe(c) + " is not allowed in " + name(ai) + ", which takes "
                            + characters.describe() + " here", position + (i - from));
                }
            }
            for (ContentCheck check : component.checks()) {
                String problem = check.problem(text, at, at + take, currentYear);
                if (problem != null) {
                    throw new InvalidCode(name(ai) + ": " + problem, position + (at - from));
                }
                if (date == null && at == from) {
                    if (check == ContentCheck.DATE || check == ContentCheck.DATE_OR_MONTH_END) {
                        date = Dates.yymmdd(text, at, currentYear);
                    } else if (check == ContentCheck.DATE_WITH_CENTURY) {
                        date = Dates.yyyymmdd(text, at);
                    }
                }
            }
            at += take;
        }
        if (at < to) {
            throw new InvalidCode(name(ai) + " holds at most " + (at - from) + " characters", position + (at - from));
        }
        String value = from == 0 && to == text.length() ? text : text.substring(from, to);
        return new Element(ai, value, date);
    }

    /**
     * Checks the elements together and makes them one element string. {@code positions[i]} is where
     * element i's AI started in the input, so a refusal can point at the element that breaks a rule.
     */
    public ElementString combine(Source source, List<Element> elements, int[] positions) {
        int count = elements.size();
        for (int i = 0; i < count; i++) {
            Element element = elements.get(i);
            ApplicationIdentifier ai = element.definition();
            for (int j = i + 1; j < count; j++) {
                Element other = elements.get(j);
                if (other.definition() == ai && !other.value().equals(element.value())) {
                    throw new InvalidCode(name(ai) + " appears twice with different data: " + element.value()
                            + " and " + other.value(), positions[j]);
                }
            }
            for (List<List<AiPattern>> requirement : ai.requirements()) {
                if (!met(requirement, elements)) {
                    throw new InvalidCode(name(ai) + " needs " + describe(requirement) + " in the same data", positions[i]);
                }
            }
            for (AiPattern pattern : ai.exclusions()) {
                for (int j = 0; j < count; j++) {
                    ApplicationIdentifier other = elements.get(j).definition();
                    if (other != ai && pattern.matches(other)) {
                        throw new InvalidCode(name(ai) + " and " + name(other) + " must not appear together",
                                Math.max(positions[i], positions[j]));
                    }
                }
            }
        }
        return new ElementString(source, elements);
    }

    private static boolean met(List<List<AiPattern>> requirement, List<Element> elements) {
        for (List<AiPattern> alternative : requirement) {
            boolean all = true;
            for (AiPattern pattern : alternative) {
                boolean present = false;
                for (Element element : elements) {
                    if (pattern.matches(element.definition())) {
                        present = true;
                        break;
                    }
                }
                if (!present) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static String describe(List<List<AiPattern>> requirement) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < requirement.size(); i++) {
            if (i > 0) {
                text.append(i == requirement.size() - 1 ? " or " : ", ");
            }
            List<AiPattern> alternative = requirement.get(i);
            for (int j = 0; j < alternative.size(); j++) {
                text.append(j > 0 ? " with " : "").append('(').append(alternative.get(j)).append(')');
            }
        }
        return text.toString();
    }

    static String name(ApplicationIdentifier ai) {
        return "(" + ai.code() + ") " + ai.title();
    }

    static String describe(char c) {
        if (c == ElementString.GS) {
            return "a GS separator";
        }
        if (c < ' ' || c == 127) {
            return String.format("control character 0x%02X", (int) c);
        }
        return "'" + c + "'";
    }
}
