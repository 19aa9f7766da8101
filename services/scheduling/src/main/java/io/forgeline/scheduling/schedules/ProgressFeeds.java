package io.forgeline.scheduling.schedules;

import io.forgeline.scheduling.planning.Objectives;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Live progress of solves for server-sent events: a subscriber first gets what happened so far, then each
 * improvement as it happens, then one "done". Feeds of finished solves are kept a while for late subscribers.
 * Ticks arrive from {@link SolveSignals}, whichever replica solves.
 */
@ApplicationScoped
public class ProgressFeeds {

    private static final int KEEP_FINISHED = 50;

    /** One line of the stream: an improvement, or the end with the schedule's final status. */
    public record Tick(String event, long elapsedMs, ScheduleView.Score score, String status) {

        static Tick progress(long elapsedMs, Objectives objectives) {
            return new Tick("progress", elapsedMs, ScheduleView.Score.of(objectives), ScheduleStatus.SOLVING.name());
        }

        static Tick done(ScheduleStatus status) {
            return new Tick("done", 0, null, status.name());
        }

        boolean isDone() {
            return "done".equals(event);
        }
    }

    private final Map<UUID, Feed> feeds = new LinkedHashMap<>();

    public Multi<Tick> follow(UUID schedule, ScheduleStatus statusNow) {
        return Multi.createFrom().emitter(emitter -> feed(schedule).attach(emitter, statusNow));
    }

    void apply(UUID schedule, Tick tick) {
        if (tick.isDone()) {
            feed(schedule).finish(tick);
        } else {
            feed(schedule).emit(tick);
        }
    }

    /** The best score reported so far for a solve, wherever it runs; null before the first. */
    synchronized ScheduleView.Score lastScore(UUID schedule) {
        Feed feed = feeds.get(schedule);
        return feed == null ? null : feed.lastScore();
    }

    private synchronized Feed feed(UUID schedule) {
        Feed feed = feeds.computeIfAbsent(schedule, id -> new Feed());
        if (feeds.size() > KEEP_FINISHED * 2) {
            feeds.entrySet().removeIf(e -> e.getValue().finished && feeds.size() > KEEP_FINISHED);
        }
        return feed;
    }

    private static final class Feed {
        private final List<Tick> history = new ArrayList<>();
        private final List<MultiEmitter<? super Tick>> followers = new ArrayList<>();
        private boolean finished;

        synchronized void attach(MultiEmitter<? super Tick> emitter, ScheduleStatus statusNow) {
            history.forEach(emitter::emit);
            if (finished) {
                emitter.complete();
            } else if (statusNow != ScheduleStatus.REQUESTED && statusNow != ScheduleStatus.SOLVING) {
                // finished before this process knew of it (a restart): say so at once
                emitter.emit(new Tick("done", 0, null, statusNow.name()));
                emitter.complete();
            } else {
                followers.add(emitter);
                emitter.onTermination(() -> detach(emitter));
            }
        }

        private synchronized void detach(MultiEmitter<? super Tick> emitter) {
            followers.remove(emitter);
        }

        synchronized ScheduleView.Score lastScore() {
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.get(i).score() != null) {
                    return history.get(i).score();
                }
            }
            return null;
        }

        synchronized void emit(Tick tick) {
            if (finished) {
                return;   // a late improvement after the end (delivered out of order by a reconnect) changes nothing
            }
            history.add(tick);
            List.copyOf(followers).forEach(f -> f.emit(tick));
        }

        synchronized void finish(Tick tick) {
            if (finished) {
                return;
            }
            history.add(tick);
            finished = true;
            List.copyOf(followers).forEach(f -> {
                f.emit(tick);
                f.complete();
            });
            followers.clear();
        }
    }
}
