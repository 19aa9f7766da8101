package io.forgeline.execution.machines;

import io.forgeline.execution.machines.MachineStatusBoard.MachineOnFloor;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Path("/api/execution/machines")
@Produces(MediaType.APPLICATION_JSON)
public class MachineResource {

    private final MachineStatusBoard board;
    private final CurrentActor actor;

    MachineResource(MachineStatusBoard board, CurrentActor actor) {
        this.board = board;
        this.actor = actor;
    }

    /** What the terminals show: every machine (or those of {@code workCenter}) and whether it runs. */
    @GET
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<List<MachineView>> list(@QueryParam("workCenter") String workCenter) {
        return board.board(Optional.ofNullable(workCenter).filter(w -> !w.isBlank()))
                .map(machines -> machines.stream().map(MachineView::of).toList());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<MachineView> get(@PathParam("code") String code) {
        return board.find(code).map(MachineView::of);
    }

    @POST
    @Path("{code}/breakdown")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<MachineView> breakdown(@PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") ReportBreakdown report,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return board.breakDown(code, report, Optional.ofNullable(idempotencyKey), actor.get()).map(MachineView::of);
    }

    @POST
    @Path("{code}/repair")
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<MachineView> repair(@PathParam("code") String code,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return board.repair(code, Optional.ofNullable(idempotencyKey), actor.get()).map(MachineView::of);
    }

    public record MachineView(String code, String workCenterCode, String name, MachineStatus status, String reason,
                              Instant expectedUpAt, Instant since, String reportedBy) {

        static MachineView of(MachineOnFloor m) {
            return new MachineView(m.machine().code, m.machine().workCenterCode, m.machine().name, m.status(),
                    m.reason(), m.expectedUpAt(), m.since(), m.reportedBy());
        }
    }
}
