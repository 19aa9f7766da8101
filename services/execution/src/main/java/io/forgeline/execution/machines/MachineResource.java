package io.forgeline.execution.machines;

import io.forgeline.execution.machines.MachineStatusBoard.MachineOnFloor;
import io.forgeline.execution.signals.MachineRunState;
import io.forgeline.execution.signals.MachineSignalState;
import io.forgeline.execution.signals.MachineSignals;
import io.forgeline.execution.signals.SignalReadings;
import io.forgeline.execution.signals.SignalReadings.Readings;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.problem.InvalidField;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Path("/api/execution/machines")
@Produces(MediaType.APPLICATION_JSON)
public class MachineResource {

    /** The window of readings when the caller names none. */
    private static final Duration DEFAULT_WINDOW = Duration.ofHours(1);

    private final MachineStatusBoard board;
    private final MachineSignals signals;
    private final SignalReadings readings;
    private final CurrentActor actor;
    private final Clock clock;

    MachineResource(MachineStatusBoard board, MachineSignals signals, SignalReadings readings, CurrentActor actor, Clock clock) {
        this.board = board;
        this.signals = signals;
        this.readings = readings;
        this.actor = actor;
        this.clock = clock;
    }

    /** What the terminals show: every machine (or those of {@code workCenter}) and whether it runs. */
    @GET
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<List<MachineView>> list(@QueryParam("workCenter") String workCenter) {
        return board.board(Optional.ofNullable(workCenter).filter(w -> !w.isBlank()))
                .flatMap(machines -> signals.live(machines.stream().map(m -> m.machine().code).toList())
                        .map(live -> machines.stream().map(m -> MachineView.of(m, live)).toList()));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<MachineView> get(@PathParam("code") String code) {
        return board.find(code).flatMap(this::withLiveState);
    }

    /**
     * The machine's readings in [from, to) for charts, in observed order, at most 10,000 ({@code truncated} says when
     * more were there). {@code from}/{@code to} ISO-8601 instants (default: the last hour); {@code sensor} one sensor.
     */
    @GET
    @Path("{code}/signals")
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<Readings> signals(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sensor") String sensor) {
        Instant until = to == null || to.isBlank() ? clock.instant() : instant(to, "to");
        Instant since = from == null || from.isBlank() ? until.minus(DEFAULT_WINDOW) : instant(from, "from");
        if (!since.isBefore(until)) {
            throw new InvalidField("from", "must be before to");
        }
        return readings.of(code, since, until, Optional.ofNullable(sensor).filter(s -> !s.isBlank()).map(s -> s.trim().toUpperCase(Locale.ROOT)));
    }

    @POST
    @Path("{code}/breakdown")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<MachineView> breakdown(@PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") ReportBreakdown report,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return board.breakDown(code, report, Optional.ofNullable(idempotencyKey), actor.get()).flatMap(this::withLiveState);
    }

    @POST
    @Path("{code}/repair")
    @RolesAllowed({"operator", "planner", "admin"})
    public Uni<MachineView> repair(@PathParam("code") String code,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return board.repair(code, Optional.ofNullable(idempotencyKey), actor.get()).flatMap(this::withLiveState);
    }

    private Uni<MachineView> withLiveState(MachineOnFloor machine) {
        return signals.live(List.of(machine.machine().code)).map(live -> MachineView.of(machine, live));
    }

    static Instant instant(String text, String field) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "must be an ISO-8601 instant such as 2026-03-02T08:15:00Z");
        }
    }

    /**
     * {@code status}: what people reported (breakdown and repair); {@code runState}: what the machine's own signals
     * say (UNKNOWN when it never reported or fell silent), since when, and when it last said anything (null: never).
     */
    public record MachineView(String code, String workCenterCode, String name, MachineStatus status, String reason,
                              Instant expectedUpAt, Instant since, String reportedBy, MachineRunState runState,
                              Instant runStateSince, Instant lastSignalAt) {

        static MachineView of(MachineOnFloor m, Map<String, MachineSignalState> live) {
            MachineSignalState signals = live.get(m.machine().code);
            return new MachineView(m.machine().code, m.machine().workCenterCode, m.machine().name, m.status(),
                    m.reason(), m.expectedUpAt(), m.since(), m.reportedBy(),
                    signals == null ? MachineRunState.UNKNOWN : signals.runState(),
                    signals == null ? null : signals.runStateSince(), signals == null ? null : signals.lastSignalAt());
        }
    }
}
