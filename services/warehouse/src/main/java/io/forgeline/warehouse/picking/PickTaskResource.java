package io.forgeline.warehouse.picking;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Picking on the handheld: open tasks (alone or in waves per zone and hour), confirmed by scanning where the goods came from. */
@Path("/api/warehouse/pick-tasks")
@Produces(MediaType.APPLICATION_JSON)
public class PickTaskResource {

    /** A wave: one zone's tasks needed within this long of each other, walked in one round. */
    private static final Duration WAVE_WINDOW = Duration.ofHours(1);

    private final Picking picking;
    private final CurrentActor actor;

    PickTaskResource(Picking picking, CurrentActor actor) {
        this.picking = picking;
        this.actor = actor;
    }

    /** Open tasks by when they are needed; only those staging at {@code toBin} when given. */
    @GET
    @RolesAllowed({"warehouse", "planner", "admin"})
    public Uni<List<PickTaskView>> open(@QueryParam("toBin") String toBin) {
        return picking.open(Optional.ofNullable(toBin).filter(bin -> !bin.isBlank())).map(tasks -> tasks.stream().map(PickTaskView::of).toList());
    }

    /** Open tasks grouped into waves: a zone's tasks needed within an hour of the wave's first one. */
    @GET
    @Path("waves")
    @RolesAllowed({"warehouse", "planner", "admin"})
    public Uni<List<WaveView>> waves() {
        return picking.open(Optional.empty()).map(tasks -> {
            Map<String, PickTask> byId = tasks.stream().collect(Collectors.toMap(task -> task.id.toString(), Function.identity()));
            return Waves.group(tasks.stream().map(task -> new Waves.Task(task.id.toString(), task.zone, task.neededBy)).toList(), WAVE_WINDOW)
                    .stream()
                    .map(wave -> new WaveView(wave.zone(), wave.start(), wave.tasks().stream().map(t -> PickTaskView.of(byId.get(t.id()))).toList()))
                    .toList();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"warehouse", "planner", "admin"})
    public Uni<PickTaskView> get(@PathParam("id") UUID id) {
        return picking.find(id).map(PickTaskView::of);
    }

    /** 200 with the task PICKED or SHORT; 422 naming the expected bin or handling unit, 409 when no longer open. */
    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"warehouse", "admin"})
    public Uni<PickTaskView> confirm(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") PickConfirmation confirmation,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return picking.confirm(id, confirmation, Optional.ofNullable(idempotencyKey), actor.get()).map(PickTaskView::of);
    }

    public record WaveView(String zone, Instant start, List<PickTaskView> tasks) {
    }
}
