package io.forgeline.platform.deadletters;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.faults.Faults;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * This service's dead letters with what became of them. The topic is the record of what was parked; the
 * {@code dead_letter_replay} table is the record of what an administrator did about it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final DeadLetterLog log;
    private final ChannelHandlers handlers;
    private final Pool database;
    private final Clock clock;

    DeadLetters(DeadLetterLog log, ChannelHandlers handlers, Pool database, Clock clock) {
        this.log = log;
        this.handlers = handlers;
        this.database = database;
        this.clock = clock;
    }

    public Uni<List<DeadLetterView>> list() {
        return log.all().flatMap(letters -> replays().map(done -> letters.stream()
                .map(letter -> DeadLetterView.of(letter, done.get(letter.id()))).toList()));
    }

    public Uni<DeadLetterView> find(String id) {
        return log.all().flatMap(letters -> replays().map(done -> DeadLetterView.of(letter(letters, id), done.get(id))));
    }

    /**
     * Hands the parked record to the consumer that refused it. An event applied meanwhile is recognised by
     * its ce_id and not applied twice; one that fails again stays parked, and the caller is told why.
     */
    public Uni<DeadLetterView> replay(String id, Actor actor) {
        return log.all().flatMap(letters -> replays().flatMap(done -> {
            DeadLetterView view = DeadLetterView.of(letter(letters, id), done.get(id));
            return view.status() == DeadLetterView.Status.REPLAYED ? Uni.createFrom().item(view) : replay(letter(letters, id), actor);
        }));
    }

    /** Replays every letter not replayed yet, oldest first, one after the other; one that fails again does not stop the rest. */
    public Uni<List<DeadLetterView>> replayAll(Actor actor) {
        return log.all().flatMap(letters -> replays().flatMap(done -> Multi.createFrom().iterable(letters)
                .onItem().transformToUniAndConcatenate(letter -> {
                    DeadLetterView view = DeadLetterView.of(letter, done.get(letter.id()));
                    if (view.status() == DeadLetterView.Status.REPLAYED) {
                        return Uni.createFrom().item(view);
                    }
                    return replay(letter, actor).onFailure(failure -> !Faults.isTransient(failure))
                            .recoverWithItem(failure -> DeadLetterView.of(letter, new DeadLetterView.Replay(clock.instant(), actor.name(),
                                    "FAILED", String.valueOf(failure.getMessage()))));
                })
                .collect().asList()));
    }

    private Uni<DeadLetterView> replay(DeadLetter letter, Actor actor) {
        var consumer = handlers.forTopic(letter.originalTopic()).orElseThrow(() -> new RuleViolation(null,
                "no consumer of " + letter.originalTopic() + " in this service: dead letter " + letter.id() + " cannot be replayed here"));
        return Uni.createFrom().deferred(() -> consumer.apply(letter.asOriginal()))
                .onItem().transformToUni(done -> record(letter, actor, "REPLAYED", null))
                .onFailure(failure -> !Faults.isTransient(failure)).recoverWithUni(failure -> {
                    LOG.warnf("replay of dead letter %s failed again: %s", letter.id(), failure.toString());
                    return record(letter, actor, "FAILED", String.valueOf(failure.getMessage()))
                            .onItem().failWith(() -> new RuleViolation(null, "dead letter " + letter.id()
                                    + " still cannot be applied, it stays parked: " + failure.getMessage()));
                });
    }

    private Uni<DeadLetterView> record(DeadLetter letter, Actor actor, String outcome, String detail) {
        DeadLetterView.Replay replay = new DeadLetterView.Replay(clock.instant(), actor.name(), outcome, detail == null ? "" : detail);
        return database.preparedQuery("""
                        insert into dead_letter_replay (dlq_topic, dlq_id, replayed_at, replayed_by, outcome, detail)
                        values ($1, $2, $3, $4, $5, $6)
                        on conflict (dlq_topic, dlq_id) do update set replayed_at = excluded.replayed_at,
                          replayed_by = excluded.replayed_by, outcome = excluded.outcome, detail = excluded.detail""")
                .execute(Tuple.from(List.of(log.topic(), letter.id(), OffsetDateTime.ofInstant(replay.at(), ZoneOffset.UTC),
                        replay.by(), outcome, replay.detail())))
                .map(done -> DeadLetterView.of(letter, replay));
    }

    private static DeadLetter letter(List<DeadLetter> letters, String id) {
        return letters.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("dead letter", id));
    }

    private Uni<Map<String, DeadLetterView.Replay>> replays() {
        return database.preparedQuery("select dlq_id, replayed_at, replayed_by, outcome, detail from dead_letter_replay where dlq_topic = $1")
                .execute(Tuple.of(log.topic()))
                .map(rows -> {
                    Map<String, DeadLetterView.Replay> done = new HashMap<>();
                    for (Row row : rows) {
                        done.put(row.getString("dlq_id"), new DeadLetterView.Replay(row.getOffsetDateTime("replayed_at").toInstant(),
                                row.getString("replayed_by"), row.getString("outcome"), row.getString("detail")));
                    }
                    return done;
                });
    }
}
