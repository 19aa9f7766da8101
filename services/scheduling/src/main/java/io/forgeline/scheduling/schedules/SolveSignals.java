package io.forgeline.scheduling.schedules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgeline.scheduling.schedules.ProgressFeeds.Tick;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What the replicas of the scheduling service tell each other about solves, through PostgreSQL's
 * LISTEN/NOTIFY: a planner's stop, whichever replica it reached, and each solve's progress, so a planner
 * following a solve on one replica sees it while another one solves.
 *
 * <p>Every replica, the solving one included, feeds its followers from the notifications, so all see the
 * same ticks in the same order. Improvements come faster than anyone reads them: at most one progress
 * notification per solve leaves every {@link #PACE}, carrying the latest. A notification that cannot be sent
 * (the database is away) reaches this replica's followers only; a stop is kept in the schedule's row as well,
 * where the solving replica looks when it renews its lease.
 */
@ApplicationScoped
public class SolveSignals {

    private static final Logger LOG = Logger.getLogger(SolveSignals.class);

    static final String STOP = "forgeline_schedule_stop";
    static final String PROGRESS = "forgeline_schedule_progress";
    private static final Duration PACE = Duration.ofMillis(250);

    /** One notification on the progress channel. */
    record Progress(UUID schedule, Tick tick) {
    }

    private final Pool pool;
    private final Vertx vertx;
    private final ProgressFeeds feeds;
    private final ObjectMapper json;
    private final PgConnectOptions database;
    private final Map<UUID, Tick> unsent = new LinkedHashMap<>();
    private Consumer<UUID> stopHere = id -> { };
    private PgSubscriber subscriber;
    private long pacer;

    SolveSignals(Pool pool, Vertx vertx, ProgressFeeds feeds, ObjectMapper json,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.pool = pool;
        this.vertx = vertx;
        this.feeds = feeds;
        this.json = json;
        this.database = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", "")).setUser(user).setPassword(password);
    }

    void start(@Observes StartupEvent started) {
        subscriber = PgSubscriber.subscriber(vertx, database)
                // the database restarts or fails over: listen again as soon as it answers
                .reconnectPolicy(retries -> 1_000L);
        subscriber.channel(STOP).handler(id -> {
            try {
                stopHere.accept(UUID.fromString(id));
            } catch (IllegalArgumentException unreadable) {
                LOG.warnf("ignoring a stop signal that names no schedule: %s", id);
            }
        });
        subscriber.channel(PROGRESS).handler(this::received);
        subscriber.connect().onFailure(failure -> LOG.warnf("not listening to other replicas' solves yet: %s", failure.getMessage()));
        pacer = vertx.setPeriodic(PACE.toMillis(), tick -> sendUnsent());
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(pacer);
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /** What this replica does when any replica is asked to stop a solve. */
    void onStop(Consumer<UUID> stop) {
        this.stopHere = stop;
    }

    Uni<Void> stop(UUID schedule) {
        return notify(STOP, schedule.toString());
    }

    /** An improvement of a solve running here; only the latest of those between two paces goes out. */
    synchronized void progress(UUID schedule, Tick tick) {
        unsent.put(schedule, tick);
    }

    /** The end of a solve: after its last improvement, and sent at once. */
    void done(UUID schedule, Tick tick) {
        Tick last;
        synchronized (this) {
            last = unsent.remove(schedule);
        }
        Uni<Void> before = last == null ? Uni.createFrom().voidItem() : send(schedule, last);
        before.chain(() -> send(schedule, tick)).subscribe().with(sent -> { }, failure -> { });
    }

    private void sendUnsent() {
        Map<UUID, Tick> batch;
        synchronized (this) {
            if (unsent.isEmpty()) {
                return;
            }
            batch = new LinkedHashMap<>(unsent);
            unsent.clear();
        }
        batch.forEach((schedule, tick) -> send(schedule, tick).subscribe().with(sent -> { }, failure -> { }));
    }

    private Uni<Void> send(UUID schedule, Tick tick) {
        String payload;
        try {
            payload = json.writeValueAsString(new Progress(schedule, tick));
        } catch (JsonProcessingException impossible) {
            return Uni.createFrom().failure(impossible);
        }
        return notify(PROGRESS, payload).onFailure().invoke(failure -> {
            // the others will not hear it; this replica's own followers still do
            LOG.debugf("progress of %s not shared: %s", schedule, failure.getMessage());
            feeds.apply(schedule, tick);
        });
    }

    private void received(String payload) {
        try {
            Progress progress = json.readValue(payload, Progress.class);
            feeds.apply(progress.schedule(), progress.tick());
        } catch (JsonProcessingException unreadable) {
            LOG.warnf("ignoring unreadable progress from another replica: %s", unreadable.getMessage());
        }
    }

    private Uni<Void> notify(String channel, String payload) {
        return pool.preparedQuery("select pg_notify($1, $2)").execute(Tuple.of(channel, payload)).replaceWithVoid();
    }
}
