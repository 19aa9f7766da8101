package io.forgeline.execution.andon;

import io.forgeline.execution.terminal.Acting;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The terminal's andon buttons and the lists the terminal and the board show. Retrying with the same Idempotency-Key
 * answers with the andon as it is (the step is not taken again). Each step may name its terminal in X-Forgeline-Terminal.
 */
@Path("/api/execution/andons")
@Produces(MediaType.APPLICATION_JSON)
public class AndonResource {

    private final Andons andons;
    private final CurrentActor actor;

    AndonResource(Andons andons, CurrentActor actor) {
        this.andons = andons;
        this.actor = actor;
    }

    /** 201 with the new OPEN andon. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<RestResponse<AndonView>> raise(RaiseAndon command, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @HeaderParam(Acting.HEADER) String terminal) {
        List<FieldError> errors = new ArrayList<>();
        if (command == null) {
            errors.add(new FieldError("body", "is required: {\"kind\":\"MATERIAL\",\"workCenterCode\":\"…\"}"));
        }
        RaiseAndon.Checked checked = command == null ? null : command.checked(errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return andons.raise(checked, Optional.ofNullable(idempotencyKey), Acting.at(actor.get(), terminal))
                .map(andon -> RestResponse.status(RestResponse.Status.CREATED, andon));
    }

    /** {@code {"note"}} optional: someone takes the andon on; escalation stops. 409 unless it is OPEN. */
    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<AndonView> acknowledge(@PathParam("id") UUID id, @RequestBody(required = false) AndonNote note,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @HeaderParam(Acting.HEADER) String terminal) {
        return andons.acknowledge(id, AndonNote.of(note, false), Optional.ofNullable(idempotencyKey), Acting.at(actor.get(), terminal));
    }

    /** The terminal's bare "acknowledge" button: no body at all. */
    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<AndonView> acknowledgeWithoutNote(@PathParam("id") UUID id,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @HeaderParam(Acting.HEADER) String terminal) {
        return acknowledge(id, null, idempotencyKey, terminal);
    }

    /** {@code {"note"}} required: how it was resolved. 409 when it already is. */
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<AndonView> resolve(@PathParam("id") UUID id, AndonNote note,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @HeaderParam(Acting.HEADER) String terminal) {
        return andons.resolve(id, AndonNote.of(note, true), Optional.ofNullable(idempotencyKey), Acting.at(actor.get(), terminal));
    }

    /** Andons of a work center (left out: every one), only the unresolved ones with {@code open=true}. */
    @GET
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<List<AndonView>> list(@QueryParam("workCenter") String workCenter, @QueryParam("open") boolean open) {
        return andons.list(Optional.ofNullable(FieldChecks.blankIsNull(workCenter)), open);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<AndonView> get(@PathParam("id") UUID id) {
        return andons.find(id);
    }
}
