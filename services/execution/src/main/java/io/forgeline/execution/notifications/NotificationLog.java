package io.forgeline.execution.notifications;

import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Administrators watch the delivery of notifications: what was sent, what waits, what failed. */
@Path("/api/execution/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class NotificationLog {

    private final Notifications notifications;

    NotificationLog(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The newest 200 messages, of one status ({@code PENDING}, {@code SENT}, {@code FAILED}) and about one thing if asked. */
    @GET
    public Uni<List<NotificationResource.NotificationView>> list(@QueryParam("status") String status, @QueryParam("about") String about) {
        List<FieldError> errors = new ArrayList<>();
        Optional<DeliveryStatus> wanted = FieldChecks.blankIsNull(status) == null ? Optional.empty()
                : Optional.ofNullable(FieldChecks.oneOf(DeliveryStatus.class, status, "status", errors));
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return notifications.list(wanted, Optional.ofNullable(FieldChecks.blankIsNull(about)))
                .map(list -> list.stream().map(NotificationResource.NotificationView::of).toList());
    }
}
