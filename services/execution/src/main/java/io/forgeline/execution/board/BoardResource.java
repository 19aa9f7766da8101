package io.forgeline.execution.board;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Optional;

/**
 * The live floor board: {@code GET /api/execution/board} once, then {@code GET /api/execution/board/stream} for
 * every change as it happens (server-sent events; the gateway passes them through as they come).
 */
@Path("/api/execution/board")
@RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
public class BoardResource {

    /** Comments keep idle connections (and the proxies between) from timing out; the page treats them as a pulse. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final FloorBoard board;
    private final BoardFeed feed;

    BoardResource(FloorBoard board, BoardFeed feed) {
        this.board = board;
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<BoardView> board(@QueryParam("workCenter") String workCenter) {
        return board.snapshot(area(workCenter));
    }

    /**
     * One event per change: {@code machine} (its code and new state or status), {@code job}, {@code spc-alert}; each
     * data a JSON object. First comes {@code ready}: a page fetches the board after it, so nothing falls between.
     */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@QueryParam("workCenter") String workCenter, @Context Sse sse) {
        Optional<String> area = area(workCenter);
        Multi<OutboundSseEvent> changes = feed.changes()
                .filter(e -> area.isEmpty() || e.workCenterCode() == null || area.get().equals(e.workCenterCode()))
                .map(e -> sse.newEventBuilder().name(e.name()).mediaType(MediaType.APPLICATION_JSON_TYPE).data(e.data()).build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(HEARTBEAT)
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        Multi<OutboundSseEvent> ready = Multi.createFrom().item(() -> sse.newEventBuilder().name("ready").data("{}").build());
        return Multi.createBy().concatenating().streams(ready, Multi.createBy().merging().streams(changes, heartbeats));
    }

    private static Optional<String> area(String workCenter) {
        return Optional.ofNullable(workCenter).map(String::trim).filter(w -> !w.isEmpty());
    }
}
