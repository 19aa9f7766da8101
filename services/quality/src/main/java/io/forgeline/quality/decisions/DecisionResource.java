package io.forgeline.quality.decisions;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.quality.inspectionlot.InspectionLots;
import io.forgeline.quality.inspectionlot.LotView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** A quality engineer decides a lot by hand: before its sample is complete, or to accept a deviation or split it. */
@Path("/api/quality/inspection-lots/{id}/decision")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final Decisions decisions;
    private final CurrentActor actor;

    DecisionResource(Decisions decisions, CurrentActor actor) {
        this.decisions = decisions;
        this.actor = actor;
    }

    @POST
    @HonoursIdempotencyKey
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<LotView> decide(@PathParam("id") UUID id, DecisionRequest request) {
        if (request == null) {
            throw new InvalidField("body", "send the decision as JSON");
        }
        return Panache.withTransaction(() -> InspectionLots.lockForUpdate(id).flatMap(lot -> {
            if (!lot.open()) {
                throw new IllegalTransition(lot.number + " has its usage decision already");
            }
            DecisionCheck.Checked checked = DecisionCheck.check(request, lot);
            return decisions.decide(lot, checked.outcome(), checked.comment(), checked.dispositions(), actor.get())
                    .map(decision -> LotView.of(lot, decision));
        }));
    }
}
