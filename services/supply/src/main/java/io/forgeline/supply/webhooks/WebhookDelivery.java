package io.forgeline.supply.webhooks;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One message for one endpoint, written in the transaction of the change it tells of; the dispatcher sends it until
 * the receiver takes it or the retries are spent. Its state moves in the dispatcher's SQL; this class reads it and
 * queues it, and a replay makes it due again.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "endpoint_id", nullable = false)
    private UUID endpointId;

    @Column(name = "supplier_code", nullable = false)
    private String supplierCode;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(nullable = false)
    private String payload;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    protected WebhookDelivery() {
    }

    static WebhookDelivery queue(WebhookEndpoint endpoint, WebhookEventType type, String payload, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.messageId = "msg_" + delivery.id.toString().replace("-", "");
        delivery.endpointId = endpoint.id();
        delivery.supplierCode = endpoint.supplierCode();
        delivery.eventType = type.type();
        delivery.payload = payload;
        delivery.status = "PENDING";
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        return delivery;
    }

    /** Sent again as soon as the dispatcher gets to it, with the same webhook-id; the attempts so far stay in the log. */
    void replay(Instant now) {
        status = "PENDING";
        nextAttemptAt = now;
    }

    public UUID id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public UUID endpointId() {
        return endpointId;
    }

    public String supplierCode() {
        return supplierCode;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public String lastError() {
        return lastError;
    }
}
