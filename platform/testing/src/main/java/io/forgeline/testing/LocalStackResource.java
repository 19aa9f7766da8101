package io.forgeline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: the real infrastructure plus a fresh database for the service under test, both
 * this checkout's own ({@link Checkout}): the database {@code <database>_<checkout id>} and the consumer
 * group {@code <application>-test-<checkout id>}, so two checkouts testing at once never share either.
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
        return Map.of(
                "forgeline.db.name", LocalStack.freshDatabase(database),
                "forgeline.db.host", LocalStack.dbHost(),
                "forgeline.db.port", String.valueOf(LocalStack.dbPort()),
                "forgeline.db.user", LocalStack.dbUser(),
                "forgeline.db.password", LocalStack.dbPassword(),
                "forgeline.kafka.bootstrap", LocalStack.kafkaBootstrap(),
                "forgeline.keycloak.url", LocalStack.keycloakUrl(),
                // every channel's group.id comes from this property; the expression is resolved by the service's config
                "forgeline.consumer.group", Checkout.consumerGroup("${quarkus.application.name}"));
    }

    @Override
    public void stop() {
        // The stack belongs to the build, not to one test class: bin/forgeline test stops it at the end.
    }
}
