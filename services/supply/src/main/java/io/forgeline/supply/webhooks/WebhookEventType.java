package io.forgeline.supply.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a supplier may subscribe to, by the name it has in the webhook's {@code type}. */
public enum WebhookEventType {
    PURCHASE_ORDER_CREATED("purchase-order.created"),
    PURCHASE_ORDER_CHANGED("purchase-order.changed"),
    PURCHASE_ORDER_CANCELLED("purchase-order.cancelled"),
    ASN_RECEIVED("asn.received"),
    NONCONFORMANCE_OPENED("nonconformance.opened");

    private final String type;

    WebhookEventType(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    static Optional<WebhookEventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(WebhookEventType::type).toList();
    }
}
