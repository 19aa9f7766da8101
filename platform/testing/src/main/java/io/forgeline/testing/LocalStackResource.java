package io.forgeline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: the real infrastructure plus a fresh database for the service under test.
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
        LocalStack.freshDatabase(database);
        return Map.of(
                "forgeline.db.name", database,
                "forgeline.db.host", LocalStack.dbHost(),
                "forgeline.db.port", String.valueOf(LocalStack.dbPort()),
                "forgeline.kafka.bootstrap", LocalStack.kafkaBootstrap(),
                "forgeline.keycloak.url", LocalStack.keycloakUrl());
    }

    @Override
    public void stop() {
        // The stack belongs to the build, not to one test class: bin/forgeline test stops it at the end.
    }
}
