package io.forgeline.quality.decisions;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.quality.signature.Signatures;
import io.forgeline.quality.inspectionlot.InspectionLot;
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
    private final Signatures signatures;
    private final CurrentActor actor;

    DecisionResource(Decisions decisions, Signatures signatures, CurrentActor actor) {
        this.decisions = decisions;
        this.signatures = signatures;
        this.actor = actor;
    }

    @POST
    @HonoursIdempotencyKey
    @RolesAllowed({"quality-engineer", "admin"})
    public Uni<LotView> decide(@PathParam("id") UUID id, DecisionRequest request) {
        if (request == null) {
            throw new InvalidField("body", "send the decision as JSON");
        }
        Actor decider = actor.get();
        // checked, then signed through Keycloak outside the transaction (no lot stays locked while it answers), then
        // checked again under the lock: someone may have decided the lot meanwhile
        return Panache.withSession(() -> InspectionLots.find(id)).invoke(lot -> decidable(lot, request))
                .chain(() -> signatures.sign(decider, request.signature().password()))
                .flatMap(signature -> Panache.withTransaction(() -> InspectionLots.lockForUpdate(id)
                        .flatMap(lot -> decisions.decide(lot, decidable(lot, request), signature, decider)
                                .map(decision -> LotView.of(lot, decision)))));
    }

    private static DecisionCheck.Checked decidable(InspectionLot lot, DecisionRequest request) {
        if (!lot.open()) {
            throw new IllegalTransition(lot.number + " has its usage decision already");
        }
        return DecisionCheck.check(request, lot);
    }
}
