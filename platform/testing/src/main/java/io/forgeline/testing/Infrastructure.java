package io.forgeline.testing;

/** Where PostgreSQL, Kafka and Keycloak listen for the tests of this JVM, whichever way they run. */
interface Infrastructure {

    /** Starts what does not run yet; returns when all three answer. */
    void ensureRunning();

    String dbHost();

    int dbPort();

    String dbUser();

    String dbPassword();

    String kafkaBootstrap();

    String keycloakUrl();
}
