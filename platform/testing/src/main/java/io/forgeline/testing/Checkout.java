package io.forgeline.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which checkout a test runs in, as a short id: two checkouts (worktrees, clones) testing at the same time
 * against the same PostgreSQL and Kafka name their databases and consumer groups with it, so neither drops
 * the other's database nor takes the other's records.
 */
public final class Checkout {

    private Checkout() {
    }

    /** The first 8 hex digits of the SHA-256 of the checkout's absolute path: stable per folder, short enough for names. */
    public static String id() {
        return idOf(LocalStack.projectRoot());
    }

    static String idOf(Path root) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(root.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A test database of this checkout: {@code forgeline_test_supply} becomes {@code forgeline_test_supply_1a2b3c4d}. */
    public static String database(String name) {
        String suffix = "_" + id();
        return name.endsWith(suffix) ? name : name + suffix;
    }

    /** The Kafka consumer group of a service under test in this checkout. */
    public static String consumerGroup(String application) {
        return application + "-test-" + id();
    }
}
