package io.forgeline.scheduling.masterdata.publishing;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** For bootstrapping a new consumer: every item, work center and calendar goes out again on its compacted topic. */
@Path("/api/scheduling/master-data/republish")
@Produces(MediaType.APPLICATION_JSON)
public class RepublishResource {

    private final Republisher republisher;
    private final CurrentActor actor;

    RepublishResource(Republisher republisher, CurrentActor actor) {
        this.republisher = republisher;
        this.actor = actor;
    }

    public record Republished(Instant at, String by, int items, int workCenters, int calendars) {
    }

    @POST
    @HonoursIdempotencyKey
    @RolesAllowed("admin")
    public Uni<Republished> republish() {
        return republisher.republish(actor.get().name())
                .map(log -> new Republished(log.at, log.actor, log.items, log.workCenters, log.calendars));
    }
}
