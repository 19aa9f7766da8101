package io.forgeline.deploy.sbom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which licences a library in a deployable Forgeline module may have. Forgeline is Apache-2.0 and is shipped
 * as container images that bundle its libraries unmodified, each in its own jar, so:
 * <ul>
 * <li>permissive licences are allowed: Apache-2.0, MIT, MIT-0, BSD-2-Clause, BSD-3-Clause (and the Eclipse
 * Distribution Licence, which is BSD-3-Clause), ISC, 0BSD, Zlib, BSL-1.0, UPL-1.0, PostgreSQL, Unicode, CC0 and
 * public domain;</li>
 * <li>weak copyleft licences whose obligations stay with the library's own files when it is used
 * unmodified are allowed: EPL-1.0, EPL-2.0, MPL-1.1, MPL-2.0, CDDL-1.0, CDDL-1.1, LGPL-2.1, LGPL-3.0 (a user
 * may swap such a jar in the image: the image keeps them as separate jars);</li>
 * <li>GPL-2.0 with the Classpath Exception is allowed: the licence of the JDK's own class library, whose
 * exception lets independent code linked to it keep its own licence (Jakarta EE APIs offer it next to
 * EPL-2.0 or CDDL);</li>
 * <li>everything else fails: GPL and AGPL without that exception (they would put the whole service under the
 * GPL), SSPL, BUSL, the JSON licence, Commons Clause, non-commercial licences, and any library whose licence
 * is unknown or missing (a person reviews it and adds it here, with the reason).</li>
 * </ul>
 * A component that lists several licences (a POM with several {@code <license>} entries) or an SPDX
 * {@code OR} offers a choice: one allowed licence is enough. {@code AND} needs all.
 */
public final class LicencePolicy {

    /** SPDX ids on the allow-list, with why, for the failure message and the README. */
    public static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("Apache-2.0", "permissive"),
            Map.entry("MIT", "permissive"),
            Map.entry("MIT-0", "permissive"),
            Map.entry("BSD-2-Clause", "permissive"),
            Map.entry("BSD-3-Clause", "permissive"),
            Map.entry("ISC", "permissive"),
            Map.entry("0BSD", "permissive"),
            Map.entry("Zlib", "permissive"),
            Map.entry("BSL-1.0", "permissive"),
            Map.entry("UPL-1.0", "permissive"),
            Map.entry("PostgreSQL", "permissive"),
            Map.entry("Unicode-3.0", "permissive"),
            Map.entry("Unicode-DFS-2016", "permissive"),
            Map.entry("CC0-1.0", "public domain"),
            Map.entry("LicenseRef-Public-Domain", "public domain"),
            Map.entry("EPL-1.0", "weak copyleft, library used unmodified"),
            Map.entry("EPL-2.0", "weak copyleft, library used unmodified"),
            Map.entry("MPL-1.1", "weak copyleft, library used unmodified"),
            Map.entry("MPL-2.0", "weak copyleft, library used unmodified"),
            Map.entry("CDDL-1.0", "weak copyleft, library used unmodified"),
            Map.entry("CDDL-1.1", "weak copyleft, library used unmodified"),
            Map.entry("LGPL-2.1-only", "weak copyleft, separate replaceable jar"),
            Map.entry("LGPL-2.1-or-later", "weak copyleft, separate replaceable jar"),
            Map.entry("LGPL-3.0-only", "weak copyleft, separate replaceable jar"),
            Map.entry("LGPL-3.0-or-later", "weak copyleft, separate replaceable jar"),
            Map.entry("GPL-2.0-only WITH Classpath-exception-2.0", "the JDK's licence: linking keeps our licence"),
            Map.entry("GPL-2.0-or-later WITH Classpath-exception-2.0", "the JDK's licence: linking keeps our licence"));

    /** Deprecated SPDX ids and ids without -only/-or-later, as POMs and older tools still write them. */
    private static final Map<String, String> SPDX_ALIASES = Map.ofEntries(
            Map.entry("GPL-2.0-with-classpath-exception", "GPL-2.0-only WITH Classpath-exception-2.0"),
            Map.entry("LGPL-2.1", "LGPL-2.1-only"),
            Map.entry("LGPL-2.1+", "LGPL-2.1-or-later"),
            Map.entry("LGPL-3.0", "LGPL-3.0-only"),
            Map.entry("LGPL-3.0+", "LGPL-3.0-or-later"),
            Map.entry("GPL-2.0", "GPL-2.0-only"),
            Map.entry("GPL-3.0", "GPL-3.0-only"),
            Map.entry("EDL-1.0", "BSD-3-Clause"));

    /**
     * Free-text licence names (a POM's {@code <name>}, when the CycloneDX plugin could not match it to an SPDX
     * id) to SPDX, in order: the first pattern found in the lower-cased name (or URL) wins.
     */
    private static final List<Map.Entry<Pattern, String>> NAMES = List.of(
            rule("affero", "AGPL-3.0-only"),
            rule("classpath|cpe", "GPL-2.0-only WITH Classpath-exception-2.0"),
            rule("lesser general public|lgpl|library general public", "LGPL-2.1-only"),
            rule("general public license|\\bgpl", "GPL-2.0-only"),
            rule("apache.*2|apache-2|licenses/license-2\\.0", "Apache-2.0"),
            rule("eclipse distribution|\\bedl\\b|org/org/documents/edl", "BSD-3-Clause"),
            rule("eclipse public license.*2|epl-2|\\bepl 2|legal/epl-2", "EPL-2.0"),
            rule("eclipse public license|epl-1|\\bepl\\b", "EPL-1.0"),
            rule("mozilla public license.*2|mpl-2|mpl 2", "MPL-2.0"),
            rule("mozilla public license|mpl-1\\.1", "MPL-1.1"),
            rule("common development and distribution.*1\\.1|cddl.*1\\.1", "CDDL-1.1"),
            rule("common development and distribution|cddl", "CDDL-1.0"),
            rule("universal permissive|\\bupl\\b", "UPL-1.0"),
            rule("bouncy castle", "MIT"),
            rule("\\bmit\\b|mit license|opensource.org/licenses/mit", "MIT"),
            rule("bsd|go license", "BSD-3-Clause"),
            rule("\\bisc\\b", "ISC"),
            rule("postgresql", "PostgreSQL"),
            rule("cc0|creative commons zero|public domain", "LicenseRef-Public-Domain"),
            rule("unicode", "Unicode-3.0"),
            rule("zlib", "Zlib"),
            rule("boost", "BSL-1.0"));

    private static final Set<String> EXPRESSION_WORDS = Set.of("OR", "AND", "WITH", "(", ")");

    private LicencePolicy() {
    }

    private static Map.Entry<Pattern, String> rule(String regex, String spdx) {
        return Map.entry(Pattern.compile(regex), spdx);
    }

    /** One licence as a bill of materials names it: an SPDX id, or a name and URL, or an SPDX expression. */
    public record Licence(String id, String name, String url, String expression) {
        public static Licence id(String id) {
            return new Licence(id, null, null, null);
        }

        public static Licence named(String name, String url) {
            return new Licence(null, name, url, null);
        }

        public static Licence expression(String expression) {
            return new Licence(null, null, null, expression);
        }

        @Override
        public String toString() {
            return expression != null ? expression : id != null ? id : name + (url == null ? "" : " <" + url + ">");
        }
    }

    /** Empty when a component with these licences may ship; otherwise why not. */
    public static Optional<String> refusal(List<Licence> licences) {
        if (licences.isEmpty()) {
            return Optional.of("no licence named");
        }
        List<String> seen = new ArrayList<>();
        for (Licence licence : licences) {
            if (allowed(licence, seen)) {
                return Optional.empty();
            }
        }
        return Optional.of("not on the allow-list: " + String.join(", ", seen));
    }

    private static boolean allowed(Licence licence, List<String> seen) {
        if (licence.expression() != null) {
            seen.add(licence.expression());
            return new Expression(licence.expression()).allowed();
        }
        Optional<String> spdx = licence.id() != null ? Optional.of(canonical(licence.id())) : fromName(licence);
        seen.add(spdx.map(id -> id + (licence.id() == null ? " (from '" + licence.name() + "')" : "")).orElse("unknown '" + licence + "'"));
        return spdx.map(ALLOWED::containsKey).orElse(false);
    }

    static String canonical(String id) {
        return SPDX_ALIASES.getOrDefault(id, id);
    }

    static Optional<String> fromName(Licence licence) {
        String text = ((licence.name() == null ? "" : licence.name()) + " " + (licence.url() == null ? "" : licence.url()))
                .toLowerCase(Locale.ROOT);
        return NAMES.stream().filter(rule -> rule.getKey().matcher(text).find()).map(Map.Entry::getValue).findFirst();
    }

    /** An SPDX licence expression: ids joined by OR and AND, an id WITH an exception, parentheses. */
    private static final class Expression {
        private final List<String> tokens = new ArrayList<>();
        private int next;

        Expression(String text) {
            for (String token : text.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
                tokens.add(token);
            }
        }

        boolean allowed() {
            boolean result = or();
            if (next != tokens.size()) {
                throw new IllegalArgumentException("cannot read licence expression " + tokens);
            }
            return result;
        }

        private boolean or() {
            boolean result = and();
            while (peek("OR")) {
                next++;
                result |= and();
            }
            return result;
        }

        private boolean and() {
            boolean result = term();
            while (peek("AND")) {
                next++;
                result &= term();
            }
            return result;
        }

        private boolean term() {
            if (peek("(")) {
                next++;
                boolean result = or();
                next++;   // ")"
                return result;
            }
            String id = canonical(tokens.get(next++));
            if (EXPRESSION_WORDS.contains(id)) {
                throw new IllegalArgumentException("cannot read licence expression " + tokens);
            }
            if (peek("WITH")) {
                next++;
                id = id + " WITH " + tokens.get(next++);
            }
            return ALLOWED.containsKey(id);
        }

        private boolean peek(String word) {
            return next < tokens.size() && tokens.get(next).equalsIgnoreCase(word);
        }
    }
}
