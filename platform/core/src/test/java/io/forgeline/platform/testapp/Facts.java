package io.forgeline.platform.testapp;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.forgeline.platform.inbox.IdempotentConsumer;
import io.forgeline.platform.inbox.IncomingEvent;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code platform-test.facts.v1}. A payload {@code fact:X} counts one application of X;
 * {@code refuse:X} is refused by a business rule until a permit for X exists; {@code bug:X} fails the way
 * a programming error does, whatever the database says.
 */
@ApplicationScoped
public class Facts {

    public static final String TOPIC = "platform-test.facts.v1";

    private final IdempotentConsumer consumer;

    Facts(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("facts")
    public Uni<Void> on(ConsumerRecord<String, byte[]> record) {
        return consumer.consume(record, this::apply);
    }

    private Uni<Void> apply(IncomingEvent event) {
        String[] payload = new String(event.payload(), UTF_8).split(":", 2);
        String code = payload[1];
        return switch (payload[0]) {
            case "fact" -> count(code);
            case "refuse" -> Panache.getSession()
                    .chain(session -> session.createNativeQuery("select count(*) from permit where code = :code", Long.class)
                            .setParameter("code", code).getSingleResult())
                    .chain(permits -> {
                        if (permits == 0) {
                            throw new RuleViolation("code", "no permit for " + code + " yet");
                        }
                        return count(code);
                    });
            case "bug" -> throw new IllegalStateException("a bug met " + code);
            default -> throw new IllegalArgumentException("unknown test instruction " + payload[0]);
        };
    }

    private static Uni<Void> count(String code) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into fact (code, applied) values (:code, 1) on conflict (code) do update set applied = fact.applied + 1")
                .setParameter("code", code).executeUpdate()).replaceWithVoid();
    }
}
