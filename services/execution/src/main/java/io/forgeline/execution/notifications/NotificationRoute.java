package io.forgeline.execution.notifications;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who hears what is meant for one realm role: e-mail addresses and webhooks. Changed only by {@link #define}. */
@Entity
@Table(name = "notification_route")
public class NotificationRoute extends PanacheEntityBase {

    @Id
    private String role;

    /** One JSON object, not two arrays: the reactive driver reads a jsonb column as an object. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Recipients recipients;

    /** Who a route reaches. */
    public record Recipients(List<String> emails, List<Webhook> webhooks) {
    }

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    protected NotificationRoute() {
    }

    static NotificationRoute of(String role) {
        NotificationRoute route = new NotificationRoute();
        route.role = role;
        return route;
    }

    void define(List<String> emails, List<Webhook> webhooks, String actor, Instant at) {
        this.recipients = new Recipients(List.copyOf(emails), List.copyOf(webhooks));
        this.changedBy = actor;
        this.changedAt = at;
    }

    public String role() {
        return role;
    }

    public List<String> emails() {
        return recipients.emails() == null ? List.of() : recipients.emails();
    }

    public List<Webhook> webhooks() {
        return recipients.webhooks() == null ? List.of() : recipients.webhooks();
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
