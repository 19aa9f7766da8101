package io.forgeline.execution.progress;

import io.forgeline.execution.dispatch.DispatchLists;
import io.forgeline.execution.terminal.Acting;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.problem.NotFound;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The terminal's operation buttons. Retrying with the same Idempotency-Key answers with the operation as it is (the
 * action is not done again). Each action may name its terminal in the X-Forgeline-Terminal header.
 */
@Path("/api/execution/operations/{orderId}")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    private final OperationProgress progress;
    private final DispatchLists dispatch;
    private final OperationViews views;
    private final CurrentActor actor;

    ProgressResource(OperationProgress progress, DispatchLists dispatch, OperationViews views, CurrentActor actor) {
        this.progress = progress;
        this.dispatch = dispatch;
        this.views = views;
        this.actor = actor;
    }

    /** Also for quality engineers: tracing a nonconformance back starts with what the floor did to the order. */
    @GET
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<List<OperationView>> operations(@PathParam("orderId") UUID orderId) {
        return dispatch.operationsOf(orderId).flatMap(operations -> {
            if (operations.isEmpty()) {
                throw new NotFound("production order", orderId + " on the shop floor");
            }
            return views.of(operations);
        });
    }

    @GET
    @Path("{sequence}")
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<OperationView> operation(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence) {
        return dispatch.operation(orderId, sequence).flatMap(views::of);
    }

    /** Starts the operation on the machine the operator names (or, left out, the one the published schedule chose). */
    @POST
    @Path("{sequence}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<OperationView> start(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence,
            @RequestBody(required = false) @Valid StartOperation command, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @HeaderParam(Acting.HEADER) String terminal) {
        return progress.start(orderId, sequence, command == null ? StartOperation.ON_PLANNED_MACHINE : command,
                Optional.ofNullable(idempotencyKey), Acting.at(actor.get(), terminal)).flatMap(views::of);
    }

    /** A terminal's bare "start" button: no body at all, so the operation starts on the planned machine. */
    @POST
    @Path("{sequence}/start")
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<OperationView> startOnPlannedMachine(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @HeaderParam(Acting.HEADER) String terminal) {
        return start(orderId, sequence, null, idempotencyKey, terminal);
    }

    /** {@code {"reasonCode":"BREAK"}}: a PAUSE reason code of the plant. */
    @POST
    @Path("{sequence}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<OperationView> pause(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence,
            @Valid @NotNull(message = "a JSON body is required") PauseOperation command,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @HeaderParam(Acting.HEADER) String terminal) {
        return progress.pause(orderId, sequence, command, Optional.ofNullable(idempotencyKey), Acting.at(actor.get(), terminal))
                .flatMap(views::of);
    }

    @POST
    @Path("{sequence}/resume")
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<OperationView> resume(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @HeaderParam(Acting.HEADER) String terminal) {
        return progress.resume(orderId, sequence, Optional.ofNullable(idempotencyKey), Acting.at(actor.get(), terminal))
                .flatMap(views::of);
    }

    /** A partial report: {@code {"goodQuantity","scrapQuantity","scrapReasonCode","reworkQuantity","reworkReasonCode"}}. */
    @POST
    @Path("{sequence}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<OperationView> report(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence,
            @Valid @NotNull(message = "a JSON body is required") ReportQuantities command,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @HeaderParam(Acting.HEADER) String terminal) {
        return progress.report(orderId, sequence, command, Optional.ofNullable(idempotencyKey), Acting.at(actor.get(), terminal))
                .flatMap(views::of);
    }

    @POST
    @Path("{sequence}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<OperationView> complete(@PathParam("orderId") UUID orderId, @PathParam("sequence") int sequence,
            @Valid @NotNull(message = "a JSON body is required") CompleteOperation command,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @HeaderParam(Acting.HEADER) String terminal) {
        return progress.complete(orderId, sequence, command, Optional.ofNullable(idempotencyKey), Acting.at(actor.get(), terminal))
                .flatMap(views::of);
    }
}
