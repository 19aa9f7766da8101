package io.forgeline.execution.notifications;

import io.forgeline.platform.faults.Backoff;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One message to one recipient, written in the transaction of what caused it. PENDING until the dispatcher sent it
 * (SENT) or its last try failed (FAILED); each try is claimed before it is made ({@link #claim}), so a crash during a
 * send retries it later: at least once, never lost.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** The longest error text kept: enough to tell a refused connection from a 500. */
    private static final int ERROR_LENGTH = 500;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(nullable = false)
    private String recipient;

    private String secret;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private String about;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected Notification() {
    }

    static Notification email(String address, String role, Announcement announcement, Instant now) {
        return of(Channel.EMAIL, address, null, role, announcement.about(), announcement.subject(), announcement.text(), now);
    }

    static Notification webhook(Webhook webhook, String role, Announcement announcement, Instant now) {
        return of(Channel.WEBHOOK, webhook.url(), webhook.secret(), role, announcement.about(), announcement.subject(),
                announcement.json(), now);
    }

    private static Notification of(Channel channel, String recipient, String secret, String role, String about,
            String subject, String body, Instant now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.channel = channel;
        n.recipient = recipient;
        n.secret = secret;
        n.role = role;
        n.about = about;
        n.subject = subject;
        n.body = body;
        n.status = DeliveryStatus.PENDING;
        n.nextAttemptAt = now;
        n.createdAt = now;
        return n;
    }

    /**
     * Takes the next try: counts it and moves the next one out by the back-off, so a dispatcher that dies during the
     * send leaves the message due again later (another replica, or this one after a restart, sends it then).
     */
    void claim(Backoff backoff, Instant now) {
        nextAttemptAt = now.plus(backoff.delay(attempts));
        attempts++;
    }

    void sent(Instant now) {
        status = DeliveryStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failed try: the message stays PENDING for its next try, or is FAILED after {@code maxAttempts}. */
    void failed(String error, int maxAttempts) {
        lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED;
        }
    }

    public UUID id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    String secret() {
        return secret;
    }

    public String role() {
        return role;
    }

    public String about() {
        return about;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
