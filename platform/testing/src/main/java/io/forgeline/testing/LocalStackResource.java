package io.forgeline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Quarkus test resource: the real infrastructure plus a fresh database for the service under test, both
 * this checkout's own ({@link Checkout}): the database {@code <database>_<checkout id>} and the consumer
 * group {@code <application>-test-<checkout id>}, so two checkouts testing at once never share either. The
 * database is new, so the group starts at the end of every topic, even where an earlier run of this checkout
 * left offsets ({@link ConsumerGroups#startAtEndAfresh}): resuming there made the service under test apply
 * everything other runs published since, thousands of records a partition on a broker that has seen many runs,
 * and its tests waited minutes for their own events behind them.
 * Use it with {@code @WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "..."))}.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("LocalStackResource needs initArg 'database'");
        }
    }

    @Override
    public Map<String, String> start() {
        LocalStack.ensureRunning();
        String group = Checkout.consumerGroup(applicationName());
        ConsumerGroups.startAtEndAfresh(group);
        return Map.of(
                "forgeline.db.name", LocalStack.freshDatabase(database),
                "forgeline.db.host", LocalStack.dbHost(),
                "forgeline.db.port", String.valueOf(LocalStack.dbPort()),
                "forgeline.db.user", LocalStack.dbUser(),
                "forgeline.db.password", LocalStack.dbPassword(),
                "forgeline.kafka.bootstrap", LocalStack.kafkaBootstrap(),
                "forgeline.keycloak.url", LocalStack.keycloakUrl(),
                // every channel's group.id comes from this property
                "forgeline.consumer.group", group);
    }

    /** quarkus.application.name of the application under test (test resources come first on the classpath). */
    private static String applicationName() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String name = properties.getProperty("quarkus.application.name");
            if (name == null) {
                throw new IllegalStateException("the application under test names no quarkus.application.name: its consumer group would be unknown");
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The stack belongs to the build, not to one test class: bin/forgeline test stops it at the end.
    }
}
