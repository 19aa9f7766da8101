package io.forgeline.ident.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The GS1 Application Identifier table, loaded once from application-identifiers.txt. Lookups are array
 * indexes by the AI's digits because the parser asks for one per element and must stay fast; the first
 * two digits of an AI always tell how many digits it has.
 */
public final class ApplicationIdentifiers {

    private static final int[] LENGTH_BY_PREFIX = new int[100];
    private static final ApplicationIdentifier[][] BY_LENGTH = {null, null, new ApplicationIdentifier[100],
        new ApplicationIdentifier[1000], new ApplicationIdentifier[10000]};
    private static final List<ApplicationIdentifier> ALL;

    static {
        List<ApplicationIdentifier> all = new ArrayList<>();
        try (InputStream in = ApplicationIdentifiers.class.getResourceAsStream("application-identifiers.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    all.addAll(TableLine.read(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ApplicationIdentifier ai : all) {
            int length = ai.code().length();
            int prefix = Integer.parseInt(ai.code().substring(0, 2));
            if (LENGTH_BY_PREFIX[prefix] != 0 && LENGTH_BY_PREFIX[prefix] != length) {
                throw new IllegalStateException("AIs starting " + prefix + " disagree on their length");
            }
            LENGTH_BY_PREFIX[prefix] = length;
            BY_LENGTH[length][Integer.parseInt(ai.code())] = ai;
        }
        ALL = Collections.unmodifiableList(all);
    }

    private ApplicationIdentifiers() {
    }

    /** Every AI in the table, in the table's order. */
    public static List<ApplicationIdentifier> all() {
        return ALL;
    }

    public static Optional<ApplicationIdentifier> find(String code) {
        if (code.length() < 2 || code.length() > 4) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.empty();
            }
        }
        ApplicationIdentifier ai = BY_LENGTH[code.length()][Integer.parseInt(code)];
        return Optional.ofNullable(ai);
    }

    public static ApplicationIdentifier get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("no GS1 Application Identifier (" + code + ")"));
    }

    /** How many digits an AI starting with these two digits has, or 0 when GS1 defines no such AI. */
    static int lengthOfAiAt(CharSequence text, int at) {
        if (at + 2 > text.length()) {
            return 0;
        }
        int d0 = text.charAt(at) - '0';
        int d1 = text.charAt(at + 1) - '0';
        if (d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9) {
            return 0;
        }
        return LENGTH_BY_PREFIX[d0 * 10 + d1];
    }

    /** The AI whose digits start at {@code at}, or null when there is none. */
    static ApplicationIdentifier at(CharSequence text, int at) {
        int length = lengthOfAiAt(text, at);
        if (length == 0 || at + length > text.length()) {
            return null;
        }
        int code = 0;
        for (int i = at; i < at + length; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            code = code * 10 + digit;
        }
        return BY_LENGTH[length][code];
    }

    /** One line of the table, which may stand for a range of AIs. */
    private static final class TableLine {

        static List<ApplicationIdentifier> read(String line) {
            String[] columns = line.split(" \\| ");
            if (columns.length != 4) {
                throw new IllegalStateException("application-identifiers.txt: expected 4 columns in: " + line);
            }
            String codes = columns[0].trim();
            List<Component> components = new ArrayList<>();
            for (String part : columns[1].trim().split("\\s+")) {
                components.add(Component.parse(part));
            }
            boolean predefined = false;
            boolean attribute = false;
            boolean decimal = false;
            boolean key = false;
            List<List<String>> qualifiers = List.of();
            List<List<List<AiPattern>>> requirements = new ArrayList<>();
            List<AiPattern> exclusions = List.of();
            for (String rule : columns[2].trim().split("\\s+")) {
                if (rule.isEmpty()) {
                    continue;
                }
                if (rule.equals("fixed")) {
                    predefined = true;
                } else if (rule.equals("attr")) {
                    attribute = true;
                } else if (rule.equals("decimal")) {
                    decimal = true;
                } else if (rule.equals("key")) {
                    key = true;
                } else if (rule.startsWith("key=")) {
                    key = true;
                    List<List<String>> sequences = new ArrayList<>();
                    for (String sequence : rule.substring(4).split("/")) {
                        sequences.add(List.of(sequence.split(",")));
                    }
                    qualifiers = List.copyOf(sequences);
                } else if (rule.startsWith("with=")) {
                    List<List<AiPattern>> alternatives = new ArrayList<>();
                    for (String alternative : rule.substring(5).split(",")) {
                        alternatives.add(Arrays.stream(alternative.split("\\+")).map(AiPattern::of).toList());
                    }
                    requirements.add(List.copyOf(alternatives));
                } else if (rule.startsWith("without=")) {
                    exclusions = Arrays.stream(rule.substring(8).split(",")).map(AiPattern::of).toList();
                } else {
                    throw new IllegalStateException("application-identifiers.txt: unknown rule " + rule);
                }
            }
            String title = columns[3].trim();
            String first = codes;
            String last = codes;
            if (codes.contains("-")) {
                first = codes.substring(0, codes.indexOf('-'));
                last = codes.substring(codes.indexOf('-') + 1);
            }
            List<ApplicationIdentifier> ais = new ArrayList<>();
            for (int code = Integer.parseInt(first); code <= Integer.parseInt(last); code++) {
                String ai = String.format("%0" + first.length() + "d", code);
                int places = decimal ? ai.charAt(ai.length() - 1) - '0' : -1;
                ais.add(new ApplicationIdentifier(ai, title, List.copyOf(components), predefined,
                        List.copyOf(requirements), exclusions, key, qualifiers, attribute, places));
            }
            return ais;
        }
    }
}
