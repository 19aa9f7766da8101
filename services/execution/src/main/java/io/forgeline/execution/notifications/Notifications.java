package io.forgeline.execution.notifications;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Per-role routing kept as data, and the messages it produces: written in the caller's transaction, sent later. */
@ApplicationScoped
public class Notifications {

    /**
     * The realm's roles (infra realm JSON): a route or a ladder rung names one of them, or nobody would ever hear.
     * The demo plant has no supervisor or manager role: its supervisors are planners, its managers administrators.
     */
    public static final Set<String> REALM_ROLES = Set.of("operator", "inspector", "warehouse", "planner", "quality-engineer",
            "buyer", "supplier", "admin");

    /** The most rows one listing answers with, newest first. */
    private static final int LISTED = 200;

    private final Clock clock;

    Notifications(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes one PENDING message per e-mail address and webhook of the role's route, in the caller's transaction, so
     * they commit (or roll back) with the step that caused them. A role without a route hears nothing.
     */
    public Uni<Void> announce(String role, Announcement announcement) {
        return NotificationRoute.<NotificationRoute>findById(role).flatMap(route -> {
            if (route == null) {
                return Uni.createFrom().voidItem();
            }
            List<Notification> messages = new ArrayList<>();
            route.emails().forEach(address -> messages.add(Notification.email(address, role, announcement, clock.instant())));
            route.webhooks().forEach(hook -> messages.add(Notification.webhook(hook, role, announcement, clock.instant())));
            return messages.isEmpty() ? Uni.createFrom().voidItem() : Notification.persist(messages);
        });
    }

    /** What {@link #define} did: created the role's route, or replaced the one it had. */
    record Defined(NotificationRoute route, boolean created) {
    }

    Uni<Defined> define(String role, List<String> emails, List<Webhook> webhooks, Actor actor) {
        return Panache.withTransaction(() -> NotificationRoute.<NotificationRoute>findById(role).flatMap(found -> {
            NotificationRoute route = found == null ? NotificationRoute.of(role) : found;
            route.define(emails, webhooks, actor.name(), clock.instant());
            return route.<NotificationRoute>persist().map(saved -> new Defined(saved, found == null));
        }));
    }

    Uni<NotificationRoute> route(String role) {
        return Panache.withSession(() -> NotificationRoute.<NotificationRoute>findById(role))
                .onItem().ifNull().failWith(() -> new NotFound("notification route", role));
    }

    /** The newest messages, of one status and about one thing if asked. */
    Uni<List<Notification>> list(Optional<DeliveryStatus> status, Optional<String> about) {
        StringBuilder query = new StringBuilder("1 = 1");
        List<Object> values = new ArrayList<>();
        status.ifPresent(s -> {
            values.add(s);
            query.append(" and status = ?").append(values.size());
        });
        about.ifPresent(a -> {
            values.add(a);
            query.append(" and about = ?").append(values.size());
        });
        return Panache.withSession(() -> Notification.<Notification>find(query.toString(), Sort.descending("createdAt"), values.toArray())
                .page(Page.ofSize(LISTED)).list());
    }
}
