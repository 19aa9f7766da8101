package io.forgeline.execution.notifications;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Administrators route notifications per role; secrets go in, never out. (The class has a path of its own: a class at
 * {@code /api/execution} would take over every path under it it has no method for, the dead letters' too.)
 */
@Path("/api/execution/notification-routes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class NotificationResource {

    private final Notifications notifications;
    private final CurrentActor actor;

    NotificationResource(Notifications notifications, CurrentActor actor) {
        this.notifications = notifications;
        this.actor = actor;
    }

    /** Replaces the role's route: 201 when the role had none, 200 when it replaced one. */
    @PUT
    @Path("{role}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<RouteView>> define(@PathParam("role") String role, DefineRoute route) {
        List<FieldError> errors = new ArrayList<>();
        if (!Notifications.REALM_ROLES.contains(role)) {
            errors.add(new FieldError("role", "must be a role of the realm: " + new java.util.TreeSet<>(Notifications.REALM_ROLES)));
        }
        if (route == null) {
            errors.add(new FieldError("body", "is required: {\"emails\":[\"…\"],\"webhooks\":[{\"url\":\"…\",\"secret\":\"…\"}]}"));
        }
        DefineRoute.Checked checked = route == null ? null : route.checked(errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return notifications.define(role, checked.emails(), checked.webhooks(), actor.get()).map(defined -> RestResponse.status(
                defined.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, RouteView.of(defined.route())));
    }

    @GET
    @Path("{role}")
    public Uni<RouteView> route(@PathParam("role") String role) {
        return notifications.route(role).map(RouteView::of);
    }

    /** A route as administrators read it back: webhook URLs without their secrets. */
    public record RouteView(String role, List<String> emails, List<WebhookView> webhooks, Instant changedAt, String changedBy) {

        static RouteView of(NotificationRoute route) {
            return new RouteView(route.role(), route.emails(), route.webhooks().stream().map(w -> new WebhookView(w.url())).toList(),
                    route.changedAt(), route.changedBy());
        }
    }

    public record WebhookView(String url) {
    }

    public record NotificationView(UUID id, Channel channel, String recipient, String role, String about, String subject,
                                   DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
                                   Instant createdAt, Instant sentAt) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.channel(), n.recipient(), n.role(), n.about(), n.subject(), n.status(),
                    n.attempts(), n.status() == DeliveryStatus.PENDING ? n.nextAttemptAt() : null, n.lastError(),
                    n.createdAt(), n.sentAt());
        }
    }
}
