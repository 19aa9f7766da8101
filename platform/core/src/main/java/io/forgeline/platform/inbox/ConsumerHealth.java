package io.forgeline.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a consumer waits for a dependency: its events are not being applied, and the same
 * database or broker is what the service's requests need too. Ready again as soon as the event goes through.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    private final Clock clock;
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

    ConsumerHealth(Clock clock) {
        this.clock = clock;
    }

    /** An event of {@code topic} could not be applied for a reason that passes; it will be tried again. */
    void waiting(String topic, int attempts, Throwable failure) {
        waiting.compute(topic, (t, earlier) -> new Waiting(earlier == null ? clock.instant() : earlier.since(), attempts,
                String.valueOf(failure.getMessage())));
    }

    void applied(String topic) {
        waiting.remove(topic);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event consumers").status(waiting.isEmpty());
        waiting.forEach((topic, w) -> response.withData(topic, "waiting since " + w.since() + " (" + w.attempts()
                + " attempts): " + w.lastFailure()));
        return response.build();
    }

    private record Waiting(Instant since, int attempts, String lastFailure) {
    }
}
