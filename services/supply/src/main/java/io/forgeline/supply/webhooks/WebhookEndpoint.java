package io.forgeline.supply.webhooks;

import io.forgeline.platform.problem.IllegalTransition;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An endpoint a supplier registered for some of its events. The dispatcher's bookkeeping (failures) is in SQL there. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "supplier_code", nullable = false)
    private String supplierCode;

    @Column(nullable = false)
    private String url;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Events events;

    @Column(nullable = false)
    private String secret;

    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(nullable = false)
    private String status;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    /** The subscribed event types as one JSON object (Hibernate Reactive reads a JSON column's root as an object). */
    record Events(List<String> types) {
    }

    protected WebhookEndpoint() {
    }

    static WebhookEndpoint register(String supplierCode, String url, List<String> events, String by, Instant now) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.supplierCode = supplierCode;
        endpoint.url = url;
        endpoint.events = new Events(List.copyOf(events));
        endpoint.secret = Signatures.newSecret();
        endpoint.status = "ACTIVE";
        endpoint.createdAt = now;
        endpoint.createdBy = by;
        return endpoint;
    }

    /** A new secret signs from now on; the one before still signs for {@code grace}, so the receiver can switch. */
    String rotate(Duration grace, Instant now) {
        previousSecret = secret;
        previousSecretUntil = now.plus(grace);
        secret = Signatures.newSecret();
        return secret;
    }

    /** The supplier fixed its receiver: deliveries go again (those waiting too). */
    void enable() {
        if (deletedAt != null) {
            throw new IllegalTransition("webhook endpoint " + id + " was deleted");
        }
        status = "ACTIVE";
        failingSince = null;
        disabledAt = null;
        disabledReason = null;
    }

    void delete(Instant now) {
        deletedAt = now;
        status = "DISABLED";
        disabledReason = "deleted";
        disabledAt = now;
    }

    boolean subscribes(WebhookEventType type) {
        return deletedAt == null && "ACTIVE".equals(status) && events.types().contains(type.type());
    }

    public UUID id() {
        return id;
    }

    public String supplierCode() {
        return supplierCode;
    }

    public String url() {
        return url;
    }

    public List<String> events() {
        return events.types();
    }

    public String status() {
        return status;
    }

    public Instant failingSince() {
        return failingSince;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public String disabledReason() {
        return disabledReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant previousSecretUntil() {
        return previousSecretUntil;
    }

    String secret() {
        return secret;
    }
}
