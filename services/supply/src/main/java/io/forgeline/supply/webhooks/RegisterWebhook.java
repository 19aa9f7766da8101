package io.forgeline.supply.webhooks;

import java.util.List;

/** {@code {"url": "https://...", "events": ["purchase-order.created", ...]}}, checked by {@link Webhooks#register}. */
public record RegisterWebhook(String url, List<String> events) {
}
