package io.forgeline.supply.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.forgeline.supply.webhooks.Webhooks.DeliveryLog;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Webhook endpoints and their delivery logs as suppliers and buyers read them. */
final class WebhookViews {

    private WebhookViews() {
    }

    /** {@code secret} only in the answers that issue one (registration, rotation). */
    record EndpointView(UUID id, String supplierCode, String url, List<String> events, String status, Instant failingSince,
                        Instant disabledAt, String disabledReason, Instant createdAt, Instant previousSecretValidUntil,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

        static EndpointView of(WebhookEndpoint e, String secret) {
            return new EndpointView(e.id(), e.supplierCode(), e.url(), e.events(), e.status(), e.failingSince(), e.disabledAt(),
                    e.disabledReason(), e.createdAt(), e.previousSecretUntil(), secret);
        }
    }

    record DeliveryView(UUID id, String messageId, String eventType, String status, int attempts, Instant createdAt, Instant nextAttemptAt,
                        Instant deliveredAt, Integer lastStatusCode, String lastError, List<AttemptView> log) {

        static DeliveryView of(DeliveryLog entry) {
            WebhookDelivery d = entry.delivery();
            return new DeliveryView(d.id(), d.messageId(), d.eventType(), d.status(), d.attempts(), d.createdAt(), d.nextAttemptAt(),
                    d.deliveredAt(), d.lastStatusCode(), d.lastError(),
                    entry.attempts().stream().map(a -> new AttemptView(a.attemptedAt(), a.statusCode(), a.latencyMs(), a.error())).toList());
        }

        static DeliveryView of(WebhookDelivery d) {
            return of(new DeliveryLog(d, List.of()));
        }
    }

    record AttemptView(Instant at, Integer statusCode, int latencyMs, String error) {
    }
}
