package io.forgeline.scheduling.schedules;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.scheduling.schedules.ProgressFeeds.Tick;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/scheduling/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {


    private final ScheduleService schedules;
    private final SolveQueue queue;
    private final ScheduleViews views;
    private final ProgressFeeds feeds;
    private final CurrentActor actor;

    ScheduleResource(ScheduleService schedules, SolveQueue queue, ScheduleViews views, ProgressFeeds feeds, CurrentActor actor) {
        this.schedules = schedules;
        this.queue = queue;
        this.views = views;
        this.feeds = feeds;
        this.actor = actor;
    }

    /** Starts solving every open order (after any solve already running); 202, then follow the progress. */
    @POST
    @HonoursIdempotencyKey
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<ScheduleView>> solve(@RequestBody(required = false) @Valid StartSolve command, @Context UriInfo uri) {
        return schedules.requestSolve(command == null ? new StartSolve(null, null, null) : command, actor.get())
                .flatMap(schedule -> accepted(schedule, uri.getBaseUriBuilder().path("api/scheduling/schedules").path(schedule.id().toString()).build()));
    }

    /** A what-if: the published plan rescheduled as if the machine stopped. Not published unless the planner says so. */
    @POST
    @HonoursIdempotencyKey
    @Path("simulations/machine-down")
    @RolesAllowed({"planner", "admin"})
    public Uni<RestResponse<ScheduleView>> simulateMachineDown(@Valid @NotNull(message = "a JSON body is required") SimulateMachineDown command,
            @Context UriInfo uri) {
        return schedules.requestMachineDown(command, actor.get())
                .flatMap(schedule -> accepted(schedule, uri.getBaseUriBuilder().path("api/scheduling/schedules").path(schedule.id().toString()).build()));
    }

    @GET
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<List<ScheduleView>> recent(@QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100, message = "must be at most 100") int limit) {
        // the list is for picking one: without machines and bars, which only the chosen one needs
        return schedules.recent(limit).map(list -> list.stream().map(ScheduleResource::summary).toList());
    }

    @GET
    @Path("current")
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<ScheduleView> current() {
        return schedules.current().flatMap(views::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"planner", "operator", "quality-engineer", "admin"})
    public Uni<ScheduleView> get(@PathParam("id") UUID id) {
        return schedules.find(id).flatMap(views::of);
    }

    /** Score and elapsed time of each improvement as server-sent events, then "done" with the final status. */
    @GET
    @Path("{id}/progress")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({"planner", "admin"})
    public Multi<OutboundSseEvent> progress(@PathParam("id") UUID id, @Context Sse sse) {
        return schedules.find(id).onItem().transformToMulti(schedule -> feeds.follow(id, schedule.status()))
                .map(tick -> event(sse, tick));
    }

    @POST
    @HonoursIdempotencyKey
    @Path("{id}/stop")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"planner", "admin"})
    public Uni<ScheduleView> stop(@PathParam("id") UUID id) {
        return schedules.requestStop(id).flatMap(views::of);
    }

    @POST
    @HonoursIdempotencyKey
    @Path("{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"planner", "admin"})
    public Uni<ScheduleView> publish(@PathParam("id") UUID id) {
        return schedules.publish(id, actor.get()).flatMap(views::of);
    }

    private Uni<RestResponse<ScheduleView>> accepted(ProductionSchedule schedule, URI location) {
        queue.poke();
        return views.of(schedule).map(view -> RestResponse.ResponseBuilder.<ScheduleView>accepted(view).location(location).build());
    }

    private static OutboundSseEvent event(Sse sse, Tick tick) {
        return sse.newEventBuilder().name(tick.event()).mediaType(MediaType.APPLICATION_JSON_TYPE).data(Tick.class, tick).build();
    }

    private static ScheduleView summary(ProductionSchedule s) {
        return new ScheduleView(s.id(), s.status(), s.kind(), s.createdAt(), s.createdBy(), s.origin(), null, s.timeLimitSeconds(), s.publishedAt(),
                ScheduleView.Score.of(s), ScheduleView.Problem.of(s), ScheduleView.Simulation.of(s),
                List.of(), List.of(), List.of(), s.solver());
    }
}
