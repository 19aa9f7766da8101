/**
 * The real local infrastructure for tests. {@link io.forgeline.testing.LocalStack} reuses the PostgreSQL,
 * Kafka and Keycloak that {@code bin/forgeline test} started for this build, or starts them through the
 * same launcher when a test runs on its own (e.g. from an IDE). No Dev Services, no in-memory stand-ins.
 */
package io.forgeline.testing;
