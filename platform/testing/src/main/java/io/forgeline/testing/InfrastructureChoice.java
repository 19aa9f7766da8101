package io.forgeline.testing;

import java.util.Locale;

/**
 * Containers or local processes: Testcontainers when a Docker engine is reachable (what most developers
 * have), the launcher's local processes otherwise (machines and CI without Docker). FORGELINE_TEST_INFRA
 * ({@code auto}, {@code containers} or {@code local}) overrides; {@code bin/forgeline test} sets it to what it
 * prepared, so a build never runs both.
 */
public final class InfrastructureChoice {

    public static final String SETTING = "FORGELINE_TEST_INFRA";

    public enum Kind { CONTAINERS, LOCAL_PROCESSES }

    /** What runs the infrastructure, and why: the reason goes into the log. */
    public record Decision(Kind kind, String reason) {
        @Override
        public String toString() {
            return (kind == Kind.CONTAINERS ? "Testcontainers" : "local processes (bin/forgeline infra)") + ": " + reason;
        }
    }

    private InfrastructureChoice() {
    }

    /** {@code requested} is the value of FORGELINE_TEST_INFRA (null or blank: auto). Docker is asked only when it matters. */
    public static Decision decide(String requested, DockerProbe docker) {
        String value = requested == null || requested.isBlank() ? "auto" : requested.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "local" -> new Decision(Kind.LOCAL_PROCESSES, SETTING + "=local");
            case "containers" -> {
                docker.whyUnreachable().ifPresent(why -> {
                    throw new IllegalStateException(SETTING + "=containers, but no Docker engine is reachable: " + why);
                });
                yield new Decision(Kind.CONTAINERS, SETTING + "=containers");
            }
            case "auto" -> docker.whyUnreachable()
                    .map(why -> new Decision(Kind.LOCAL_PROCESSES, "no Docker engine is reachable: " + why))
                    .orElseGet(() -> new Decision(Kind.CONTAINERS, "a Docker engine is reachable"));
            default -> throw new IllegalArgumentException(
                    SETTING + " is '" + requested + "'; it takes auto (the default), containers or local");
        };
    }
}
