package io.forgeline.warehouse.putaway;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.warehouse.handlingunits.SsccScans;
import io.forgeline.warehouse.stock.LedgerView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/** Putaway on the handheld: scan the unit, read where it goes, scan that bin. */
@Path("/api/warehouse/putaway")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"warehouse", "admin"})
public class PutawayResource {

    private final Putaway putaway;
    private final SsccScans ssccs;
    private final CurrentActor actor;

    PutawayResource(Putaway putaway, SsccScans ssccs, CurrentActor actor) {
        this.putaway = putaway;
        this.ssccs = ssccs;
        this.actor = actor;
    }

    /** The bin the scanned handling unit should go to, and why. */
    @GET
    @Path("{scan}")
    public Uni<Putaway.Suggested> suggest(@PathParam("scan") String scan) {
        return putaway.suggest(ssccs.read("scan", scan));
    }

    /** 201 with the movements; 422 naming the expected bin when the scanned one is not it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<LedgerView>> confirm(@Valid @NotNull(message = "is required") Confirmation confirmation,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return putaway.confirm(ssccs.read("handlingUnit", confirmation.handlingUnit()), confirmation.bin().trim(),
                        Optional.ofNullable(idempotencyKey), actor.get())
                .map(posted -> RestResponse.status(RestResponse.Status.CREATED, LedgerView.of(posted)));
    }

    /** {@code {"handlingUnit":"]C100…","bin":"QA-02"}}: the unit's label and the bin's label, as scanned. */
    public record Confirmation(@NotBlank(message = "is required: scan the handling unit") String handlingUnit,
                               @NotBlank(message = "is required: scan the bin") String bin) {
    }
}
