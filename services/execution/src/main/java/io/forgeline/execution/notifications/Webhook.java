package io.forgeline.execution.notifications;

/** A webhook of a route: where to POST and the secret that signs each body. */
public record Webhook(String url, String secret) {
}
