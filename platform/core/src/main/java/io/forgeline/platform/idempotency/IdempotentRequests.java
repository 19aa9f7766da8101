package io.forgeline.platform.idempotency;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a create command at most once per Idempotency-Key.
 *
 * <p>The first request runs the command; the command must call {@link Attempt#remember} inside its own
 * transaction, so the key and the resource commit together. A replay finds the key and loads the
 * resource. Two concurrent first requests race on the key's primary key: the loser's whole transaction
 * rolls back and it returns the winner's resource.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final Clock clock;

    IdempotentRequests(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param scope   what kind of request, e.g. "production-orders"
     * @param key     the Idempotency-Key header; absent means "no protection asked for"
     * @param request a canonical form of the request body, to detect a key reused for something else
     * @param command creates the resource; receives the attempt to remember inside its transaction
     * @param replay  loads a resource created earlier, by id
     */
    public <T> Uni<T> once(String scope, Actor actor, Optional<String> key, String request,
            Function<Attempt, Uni<T>> command, Function<String, Uni<T>> replay) {
        if (key.isEmpty()) {
            return command.apply(Attempt.NONE);
        }
        String k = key.get();
        if (!isWellFormed(k)) {
            return Uni.createFrom().failure(malformedKey());
        }
        Attempt attempt = new Attempt(scope + ":" + actor.subject() + ":" + k, Fingerprint.of(request), clock);
        Supplier<Uni<T>> previous = () -> IdempotencyRecord.<IdempotencyRecord>findById(attempt.id)
                .flatMap(found -> found == null ? Uni.createFrom().nullItem() : replayed(found, attempt, replay));
        return Panache.withSession(previous::get)
                .flatMap(found -> found != null ? Uni.createFrom().item(found)
                        : command.apply(attempt)
                                .onFailure(IdempotentRequests::isDuplicateKey)
                                .recoverWithUni(() -> Panache.withSession(previous::get)));
    }

    /** A key both mechanisms take: 1 to 255 characters, not only blanks. */
    static boolean isWellFormed(String key) {
        return !key.isBlank() && key.length() <= MAX_KEY_LENGTH;
    }

    static InvalidField malformedKey() {
        return new InvalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }

    private static <T> Uni<T> replayed(IdempotencyRecord found, Attempt attempt, Function<String, Uni<T>> replay) {
        if (!found.requestHash.equals(attempt.requestHash)) {
            return Uni.createFrom().failure(new RuleViolation(HEADER,
                    "this Idempotency-Key was already used for a different request"));
        }
        return replay.apply(found.resourceId);
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("idempotency_record_pkey")) {
                return true;
            }
        }
        return false;
    }

    /** One first attempt; {@link #remember} records its outcome in the caller's transaction. */
    public static final class Attempt {

        static final Attempt NONE = new Attempt(null, null, null);

        private final String id;
        private final String requestHash;
        private final Clock clock;

        private Attempt(String id, String requestHash, Clock clock) {
            this.id = id;
            this.requestHash = requestHash;
            this.clock = clock;
        }

        public Uni<Void> remember(String resourceId) {
            if (id == null) {
                return Uni.createFrom().voidItem();
            }
            IdempotencyRecord record = new IdempotencyRecord();
            record.id = id;
            record.requestHash = requestHash;
            record.resourceId = resourceId;
            record.createdAt = clock.instant();
            return record.persist().replaceWithVoid();
        }
    }
}
