package io.forgeline.supply.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.idempotency.IdempotentRequests.Attempt;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Suppliers' webhook endpoints, and the messages queued for them in the transaction of the change they tell of. */
@ApplicationScoped
public class Webhooks {

    private final WebhookTargets targets;
    private final IdempotentRequests idempotency;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final Clock clock;
    private final Duration rotationGrace;

    Webhooks(WebhookTargets targets, IdempotentRequests idempotency, ObjectMapper json, Vertx vertx, Clock clock,
            @ConfigProperty(name = "forgeline.supply.webhooks.rotation-grace", defaultValue = "24h") Duration rotationGrace) {
        this.targets = targets;
        this.idempotency = idempotency;
        this.json = json;
        this.vertx = vertx;
        this.clock = clock;
        this.rotationGrace = rotationGrace;
    }

    /** Registers an endpoint of the supplier's; the answer carries its secret, shown this once. */
    public Uni<Registered> register(String supplierCode, RegisterWebhook command, Optional<String> idempotencyKey, Actor actor) {
        if (command == null) {
            return Uni.createFrom().failure(new InvalidField("body", "a JSON body with url and events is required"));
        }
        List<String> events = events(command.events());
        return vertx.executeBlocking(() -> targets.check("url", command.url()))
                .flatMap(url -> idempotency.once("webhook-endpoints", actor, idempotencyKey, url + "|" + events,
                        attempt -> create(supplierCode, url, events, attempt, actor),
                        // the same request again gets the same answer: the secret is ours to keep anyway (it signs)
                        id -> Panache.withSession(() -> own(supplierCode, UUID.fromString(id))).map(e -> new Registered(e, e.secret()))));
    }

    private Uni<Registered> create(String supplierCode, URI url, List<String> events, Attempt attempt, Actor actor) {
        WebhookEndpoint endpoint = WebhookEndpoint.register(supplierCode, url.toString(), events, actor.name(), clock.instant());
        return Panache.withTransaction(() -> endpoint.<WebhookEndpoint>persist()
                .call(() -> attempt.remember(endpoint.id().toString()))
                .map(saved -> new Registered(saved, saved.secret())));
    }

    private static List<String> events(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new InvalidField("events", "name at least one of " + WebhookEventType.names());
        }
        for (int i = 0; i < given.size(); i++) {
            if (WebhookEventType.of(given.get(i)).isEmpty()) {
                throw new InvalidField("events[" + i + "]", "must be one of " + WebhookEventType.names());
            }
        }
        return given.stream().distinct().toList();
    }

    public Uni<List<WebhookEndpoint>> endpoints(Optional<String> supplierCode) {
        return Panache.withSession(() -> supplierCode
                .map(s -> WebhookEndpoint.<WebhookEndpoint>list("supplierCode = ?1 and deletedAt is null", Sort.ascending("createdAt"), s))
                .orElseGet(() -> WebhookEndpoint.<WebhookEndpoint>list("deletedAt is null", Sort.ascending("supplierCode", "createdAt"))));
    }

    public Uni<WebhookEndpoint> endpoint(String supplierCode, UUID id) {
        return Panache.withSession(() -> own(supplierCode, id));
    }

    /** A new secret signs from now on; the old one signs too for the grace period (24 h unless configured). */
    public Uni<Registered> rotate(String supplierCode, UUID id) {
        return Panache.withTransaction(() -> own(supplierCode, id)
                .map(endpoint -> new Registered(endpoint, endpoint.rotate(rotationGrace, clock.instant()))));
    }

    public Uni<WebhookEndpoint> enable(String supplierCode, UUID id) {
        return Panache.withTransaction(() -> own(supplierCode, id).invoke(WebhookEndpoint::enable));
    }

    public Uni<Void> delete(String supplierCode, UUID id) {
        return Panache.withTransaction(() -> own(supplierCode, id).invoke(endpoint -> endpoint.delete(clock.instant()))).replaceWithVoid();
    }

    /** The newest messages to an endpoint, with their attempts. */
    public Uni<List<DeliveryLog>> deliveries(Optional<String> supplierCode, UUID endpointId, int limit) {
        return Panache.withSession(() -> (supplierCode.isPresent() ? own(supplierCode.get(), endpointId) : any(endpointId))
                .flatMap(endpoint -> WebhookDelivery.<WebhookDelivery>find("endpointId", Sort.descending("createdAt"), endpointId)
                        .page(0, limit).list())
                .flatMap(deliveries -> deliveries.isEmpty() ? Uni.createFrom().item(List.<DeliveryLog>of())
                        : WebhookAttempt.<WebhookAttempt>list("deliveryId in ?1", Sort.ascending("attemptedAt"),
                                deliveries.stream().map(WebhookDelivery::id).toList())
                        .map(attempts -> deliveries.stream().map(d -> new DeliveryLog(d,
                                attempts.stream().filter(a -> a.deliveryId().equals(d.id())).toList())).toList())));
    }

    /** Sends a message again, with its webhook-id, as soon as the dispatcher gets to it. */
    public Uni<WebhookDelivery> replay(Optional<String> supplierCode, UUID deliveryId) {
        return Panache.withTransaction(() -> WebhookDelivery.<WebhookDelivery>findById(deliveryId)
                .map(d -> d != null && supplierCode.map(s -> s.equals(d.supplierCode())).orElse(true) ? d : null)
                .onItem().ifNull().failWith(() -> new NotFound("webhook delivery", deliveryId))
                .invoke(delivery -> delivery.replay(clock.instant())));
    }

    /**
     * Queues a message for every active endpoint of the supplier that subscribes to {@code type}, inside the caller's
     * transaction; {@code data} is built only when someone listens.
     */
    public Uni<Void> queue(String supplierCode, WebhookEventType type, Supplier<Uni<?>> data) {
        return WebhookEndpoint.<WebhookEndpoint>list("supplierCode = ?1 and deletedAt is null and status = 'ACTIVE'", supplierCode)
                .flatMap(endpoints -> {
                    List<WebhookEndpoint> listening = endpoints.stream().filter(e -> e.subscribes(type)).toList();
                    if (listening.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Instant now = clock.instant();
                    return data.get().flatMap(body -> {
                        String payload = payload(type, body, now);
                        Uni<Void> chain = Uni.createFrom().voidItem();
                        for (WebhookEndpoint endpoint : listening) {
                            chain = chain.call(() -> WebhookDelivery.queue(endpoint, type, payload, now).persist());
                        }
                        return chain;
                    });
                });
    }

    /** The body as the Standard Webhooks specification shapes it: type, timestamp, data. */
    private String payload(WebhookEventType type, Object data, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.type());
        body.put("timestamp", now.toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a webhook's data could not be written as JSON", impossible);
        }
    }

    private static Uni<WebhookEndpoint> own(String supplierCode, UUID id) {
        return WebhookEndpoint.<WebhookEndpoint>find("id = ?1 and supplierCode = ?2 and deletedAt is null", id, supplierCode).firstResult()
                .onItem().ifNull().failWith(() -> new NotFound("webhook endpoint", id));
    }

    private static Uni<WebhookEndpoint> any(UUID id) {
        return WebhookEndpoint.<WebhookEndpoint>findById(id).onItem().ifNull().failWith(() -> new NotFound("webhook endpoint", id));
    }

    /** An endpoint, with its secret when it was just issued (registration or rotation), never otherwise. */
    public record Registered(WebhookEndpoint endpoint, String secret) {
    }

    public record DeliveryLog(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
    }
}
