package io.forgeline.execution.notifications;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends one claimed message over its channel: SMTP through Quarkus Mailer, or an HTTP POST signed with the route's secret. */
@ApplicationScoped
class Senders {

    /** Names the message, so a receiver that got it twice (at least once) can drop the second. */
    static final String DELIVERY_HEADER = "X-Forgeline-Delivery";

    private final ReactiveMailer mailer;
    private final Duration timeout;
    private final HttpClient http;

    Senders(ReactiveMailer mailer, @ConfigProperty(name = "forgeline.notifications.timeout", defaultValue = "10s") Duration timeout) {
        this.mailer = mailer;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Completes when the message was handed over; fails with why not. */
    Uni<Void> send(Dispatch.Claimed message) {
        Uni<Void> sending = message.channel() == Channel.EMAIL ? mail(message) : webhook(message);
        // an SMTP server that accepts the connection and then says nothing must not hold the dispatcher forever
        return sending.ifNoItem().after(timeout.plusSeconds(1)).failWith(() -> new IllegalStateException("no answer within " + timeout));
    }

    private Uni<Void> mail(Dispatch.Claimed message) {
        return mailer.send(Mail.withText(message.recipient(), message.subject(), message.body())
                .addHeader(DELIVERY_HEADER, message.id().toString()));
    }

    private Uni<Void> webhook(Dispatch.Claimed message) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.recipient()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(DELIVERY_HEADER, message.id().toString())
                .header(Signature.HEADER, Signature.of(message.secret(), message.body()))
                .POST(HttpRequest.BodyPublishers.ofString(message.body()))
                .build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        throw new IllegalStateException("the webhook answered HTTP " + response.statusCode());
                    }
                    return null;
                });
    }
}
