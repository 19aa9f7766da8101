package io.forgeline.platform.faults;

import com.fasterxml.jackson.core.JacksonException;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.hibernate.StaleStateException;

/** Pure rule: classifies a failure by walking its causes. */
public final class Faults {

    /**
     * SQLSTATE classes that describe the server, not the statement: connection exceptions (08), too many
     * connections or out of disk (53), operator intervention such as a shutdown or a terminated backend (57),
     * system errors (58), and serialization failures or deadlocks (40), which a retry resolves.
     */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "53", "57", "58", "40");

    /**
     * Single SQLSTATEs of the same kind: a database that does not accept connections right now (55000) or is
     * being restored under another name (3D000), a lock not available (55P03), an authentication that
     * fails while credentials rotate (28000, 28P01). None of them is the message's fault.
     */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("55000", "55006", "55P03", "3D000", "28000", "28P01");

    /** gRPC codes that mean "the other side is away or busy", per the gRPC status code guide. */
    private static final Set<Status.Code> TRANSIENT_GRPC = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED,
            Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED);

    private Faults() {
    }

    public static Fault classify(Throwable failure) {
        boolean permanent = false;
        for (Throwable t : causes(failure)) {
            if (passes(t)) {
                // a refusal caused by a lost connection is still the connection's fault
                return Fault.TRANSIENT;
            }
            if (t instanceof Permanent || t instanceof ConstraintViolationException || isUndecodable(t)) {
                permanent = true;
            }
        }
        return permanent ? Fault.PERMANENT : Fault.UNKNOWN;
    }

    /** Another writer changed the row first: passing, but the caller's view of it is stale, not the database away. */
    public static boolean isLostRace(Throwable failure) {
        return causes(failure).stream().anyMatch(t -> t instanceof OptimisticLockException || t instanceof StaleStateException);
    }

    /** The failure and its causes, outermost first; a cause that repeats ends the chain. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    public static boolean isTransient(Throwable failure) {
        return classify(failure) == Fault.TRANSIENT;
    }

    private static boolean passes(Throwable t) {
        if (t instanceof PgException pg) {
            String state = pg.getSqlState();
            return state != null && (TRANSIENT_SQL_STATES.contains(state) || TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2))
                    // two deliveries of one event raced: the retry finds it applied
                    || ("23505".equals(state) && String.valueOf(pg.getConstraint()).equals("processed_event_pkey")));
        }
        if (t instanceof StatusRuntimeException grpc) {
            return TRANSIENT_GRPC.contains(grpc.getStatus().getCode());
        }
        return t instanceof IOException && !isUndecodable(t) // refused, reset, closed channel
                || t instanceof ClosedConnectionException
                || t instanceof TimeoutException
                || t instanceof io.smallrye.mutiny.TimeoutException
                || t instanceof io.netty.channel.ConnectTimeoutException
                || t instanceof RetriableException             // Kafka: broker away, leader moving, timeouts
                || t instanceof org.apache.kafka.common.errors.TimeoutException
                || t instanceof OptimisticLockException        // another writer won: read again and retry
                || t instanceof StaleStateException
                || isVertxConnectionFailure(t);
    }

    /**
     * Bytes that do not decode: Java reports them as IOExceptions, like a reset connection, but reading them
     * again gives the same answer. They make a message poison, never a reason to wait.
     */
    private static boolean isUndecodable(Throwable t) {
        return t instanceof InvalidProtocolBufferException
                || t instanceof JacksonException
                || t instanceof CharacterCodingException
                || t instanceof CharConversionException
                || t instanceof UTFDataFormatException;
    }

    /** Vert.x reports a dead pool or connection with plain exceptions; their messages are all there is. */
    private static boolean isVertxConnectionFailure(Throwable t) {
        if (!(t instanceof io.vertx.core.VertxException) && !t.getClass().getName().startsWith("io.vertx.")) {
            return false;
        }
        String message = String.valueOf(t.getMessage()).toLowerCase();
        return message.contains("connection") || message.contains("timeout") || message.contains("timed out")
                || message.contains("pool closed") || message.contains("closed");
    }
}
