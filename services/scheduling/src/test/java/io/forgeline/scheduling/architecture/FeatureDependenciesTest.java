package io.forgeline.scheduling.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.forgeline.scheduling.orders.ProductionOrder;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service's feature packages (masterdata, orders, planning, schedules) depend on each other in one direction
 * only. Read from the compiled classes, so every kind of reference counts: imports, fully qualified names,
 * signatures, annotations, lambdas.
 */
class FeatureDependenciesTest {

    private static final String ROOT = "io/forgeline/scheduling/";
    private static final Pattern REFERENCE = Pattern.compile("io/forgeline/scheduling/(\\w+)/");

    @Test
    void orders_know_nothing_of_schedules() {
        Map<String, Set<String>> uses = featureDependencies();

        assertFalse(uses.getOrDefault("orders", Set.of()).contains("schedules"),
                "orders uses schedules; signal through orders.Replanning instead: " + uses);
    }

    @Test
    void schedules_build_on_orders() {
        // the scan itself works: the dependency the design wants is found
        assertTrue(featureDependencies().getOrDefault("schedules", Set.of()).contains("orders"));
    }

    @Test
    void no_two_feature_packages_depend_on_each_other_even_through_a_third() {
        Map<String, Set<String>> uses = featureDependencies();

        assertEquals(List.of(), cycles(uses), "feature dependencies: " + uses);
    }

    @Test
    void a_cycle_through_a_third_package_is_found() {
        Map<String, Set<String>> uses = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));

        assertEquals(List.of(List.of("a", "b", "c", "a")), cycles(uses));
    }

    /** Every cycle as the path that closes it, e.g. [orders, schedules, orders]. */
    static List<List<String>> cycles(Map<String, Set<String>> uses) {
        List<List<String>> found = new ArrayList<>();
        for (String start : uses.keySet()) {
            walk(start, start, new ArrayList<>(List.of(start)), uses, found);
        }
        return found;
    }

    private static void walk(String start, String at, List<String> path, Map<String, Set<String>> uses, List<List<String>> found) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(next);
                found.add(cycle);
            } else if (!path.contains(next) && next.compareTo(start) > 0) { // each cycle once, from its smallest package
                path.add(next);
                walk(start, next, path, uses, found);
                path.removeLast();
            }
        }
    }

    /** Feature package → the other feature packages its classes refer to. */
    private static Map<String, Set<String>> featureDependencies() {
        Path classes = classesDirectory();
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve(ROOT))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = classes.relativize(file).toString().replace('\\', '/');
                Matcher own = REFERENCE.matcher(relative);
                if (!own.lookingAt()) {
                    continue; // a class right in io.forgeline.scheduling belongs to no feature
                }
                String feature = own.group(1);
                Set<String> targets = uses.computeIfAbsent(feature, f -> new TreeSet<>());
                for (String constant : utf8Constants(file)) {
                    Matcher reference = REFERENCE.matcher(constant);
                    while (reference.find()) {
                        if (!reference.group(1).equals(feature)) {
                            targets.add(reference.group(1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private static Path classesDirectory() {
        try {
            return Path.of(ProductionOrder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The UTF-8 entries of a class file's constant pool: every class, descriptor and signature it names is among
     * them (JVMS §4.4).
     */
    static List<String> utf8Constants(Path classFile) {
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            if (data.readInt() != 0xCAFEBABE) {
                throw new IllegalStateException(classFile + " is not a class file");
            }
            data.readUnsignedShort(); // minor version
            data.readUnsignedShort(); // major version
            int count = data.readUnsignedShort();
            List<String> utf8 = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8.add(data.readUTF());
                    case 7, 8, 16, 19, 20 -> data.skipBytes(2);
                    case 15 -> data.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
                    case 5, 6 -> {
                        data.skipBytes(8);
                        i++; // a long or double takes two entries
                    }
                    default -> throw new IllegalStateException("unknown constant tag " + tag + " in " + classFile);
                }
            }
            return utf8;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
