package io.forgeline.deploy.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What infra/launcher/common.sh says: the service table, default ports, the Kafka and Keycloak versions. */
public final class Launcher {

    /** A row of SERVICE_TABLE: name, module directory, HTTP port (gRPC shares it), management port (health, metrics). */
    public record Workload(String name, String module, int http, int management) {
        public boolean isGateway() {
            return name.equals("gateway");
        }
    }

    private static final Pattern TABLE = Pattern.compile("SERVICE_TABLE=\"([^\"]*)\"");
    private static final Pattern DEFAULT = Pattern.compile("^(FORGELINE_[A-Z_]+)=\"\\$\\{\\1:-([^}]*)}\"", Pattern.MULTILINE);
    private static final Pattern VERSION = Pattern.compile("^([A-Z]+)_VERSION=(\\S+)$", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("\\bFORGELINE_[A-Z][A-Z_]*[A-Z]\\b");

    private Launcher() {
    }

    private static String common() {
        return Repo.read("infra/launcher/common.sh");
    }

    public static List<Workload> workloads() {
        String common = common();
        Matcher table = TABLE.matcher(common);
        if (!table.find()) {
            throw new AssertionError("infra/launcher/common.sh has no SERVICE_TABLE=\"...\"");
        }
        Map<String, String> defaults = defaults();
        List<Workload> workloads = new ArrayList<>();
        for (String line : table.group(1).strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length != 4) {
                throw new AssertionError("SERVICE_TABLE row '" + line + "' is not: name module http management");
            }
            workloads.add(new Workload(f[0], f[1], port(f[2], defaults), port(f[3], defaults)));
        }
        return workloads;
    }

    /** A port in the table: a number, or $FORGELINE_X_PORT with its default from the same file. */
    private static int port(String field, Map<String, String> defaults) {
        String value = field.startsWith("$") ? defaults.get(field.substring(1)) : field;
        if (value == null) {
            throw new AssertionError("SERVICE_TABLE names " + field + ", which infra/launcher/common.sh gives no default");
        }
        return Integer.parseInt(value);
    }

    public static List<Workload> services() {
        return workloads().stream().filter(w -> !w.isGateway()).toList();
    }

    public static Workload workload(String name) {
        return workloads().stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in SERVICE_TABLE"));
    }

    /** FORGELINE_X="${FORGELINE_X:-default}" lines, with $FORGELINE_Y references resolved. */
    public static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        Matcher m = DEFAULT.matcher(common());
        while (m.find()) {
            String value = m.group(2);
            for (var known : defaults.entrySet()) {
                value = value.replace("$" + known.getKey(), known.getValue());
            }
            defaults.put(m.group(1), value);
        }
        return defaults;
    }

    public static String version(String product) {
        Matcher m = VERSION.matcher(common());
        while (m.find()) {
            if (m.group(1).equals(product)) {
                return m.group(2);
            }
        }
        throw new AssertionError("infra/launcher/common.sh sets no " + product + "_VERSION");
    }

    /**
     * Every FORGELINE_* name the project knows: those the launcher uses and those the configuration reads
     * (forgeline.db.host in a properties file is FORGELINE_DB_HOST in the environment).
     */
    public static Set<String> knownConfigNames() {
        Set<String> names = new TreeSet<>();
        for (String file : List.of("infra/launcher/common.sh", "infra/launcher/services.sh")) {
            Matcher m = NAME.matcher(Repo.read(file));
            while (m.find()) {
                names.add(m.group());
            }
        }
        for (String properties : ServiceConfig.propertyFiles()) {
            Matcher m = Pattern.compile("forgeline\\.[a-z0-9.-]+").matcher(Repo.read(properties));
            while (m.find()) {
                names.add(m.group().toUpperCase().replace('.', '_').replace('-', '_'));
            }
        }
        return names;
    }
}
