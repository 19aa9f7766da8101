package io.forgeline.execution.signals;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.problem.FieldErrors;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** Edge gateways report machines' signals here (or on the topic). Idempotent by nature: readings have natural keys. */
@Path("/api/execution/machine-signals")
@Produces(MediaType.APPLICATION_JSON)
public class MachineSignalResource {

    private final MachineSignals signals;
    private final CurrentActor actor;
    private final Clock clock;

    MachineSignalResource(MachineSignals signals, CurrentActor actor, Clock clock) {
        this.signals = signals;
        this.actor = actor;
        this.clock = clock;
    }

    public record StoredView(long stored, long duplicates) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"edge", "admin"})
    @HonoursIdempotencyKey
    public Uni<StoredView> report(JsonNode body) {
        SignalBatch.Checked checked = SignalBatch.fromJson(body, "api:" + actor.get().name(), clock.instant());
        if (!checked.errors().isEmpty()) {
            return Uni.createFrom().failure(FieldErrors.invalid(checked.errors()));
        }
        if (!checked.refusals().isEmpty()) {
            return Uni.createFrom().failure(FieldErrors.refused(checked.refusals()));
        }
        int sent = checked.batch().signals().size();
        return signals.ingest(checked.batch()).map(stored -> new StoredView(stored.total(), sent - stored.total()));
    }
}
