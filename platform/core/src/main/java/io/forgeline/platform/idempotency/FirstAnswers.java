package io.forgeline.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;

/**
 * Runs a state-changing request at most once per caller and Idempotency-Key, and answers a repeat with the
 * first answer.
 *
 * <p>The whole request runs in one database transaction that starts by claiming the key
 * ({@code insert ... on conflict do nothing}) and ends by storing the answer; the request's own
 * {@code Panache.withTransaction} joins it. So the effect, its outbox events and the stored answer commit
 * together or not at all:
 * <ul>
 *   <li>a repeat after the commit finds the answer and gets it again (with {@code Idempotency-Replayed: true});</li>
 *   <li>a concurrent repeat waits on the claimed key until the first commits, then gets its answer (or, if
 *       the first failed and rolled back, runs itself);</li>
 *   <li>a crash or failure before the commit leaves neither effect nor answer, so the retry runs it once;</li>
 *   <li>a refusal (an exception: 4xx problem) rolls back and is not remembered: nothing was done, so a
 *       retry is judged afresh;</li>
 *   <li>the same key with another request (method, path, query or body) is a 422.</li>
 * </ul>
 * What the request does outside its database (an in-memory hint, a remote call) is not covered and must be
 * harmless to repeat.
 */
@HonoursIdempotencyKey
@Interceptor
// after bean validation (PLATFORM_AFTER + 800): an invalid body is refused before a transaction is opened
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class FirstAnswers {

    static final String REPLAYED = "Idempotency-Replayed";

    private final CurrentVertxRequest request;
    private final CurrentActor actor;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    FirstAnswers(CurrentVertxRequest request, CurrentActor actor, ObjectMapper json, Clock clock) {
        this.request = request;
        this.actor = actor;
        this.json = json;
        this.clock = clock;
    }

    @AroundInvoke
    Object answerOnce(InvocationContext invocation) throws Exception {
        RoutingContext http = current();
        String key = http == null ? null : http.request().getHeader(IdempotentRequests.HEADER);
        if (key == null || !Uni.class.isAssignableFrom(invocation.getMethod().getReturnType()) || Vertx.currentContext() == null) {
            return invocation.proceed();
        }
        if (!IdempotentRequests.isWellFormed(key)) {
            return Uni.createFrom().failure(IdempotentRequests.malformedKey());
        }
        String caller = actor.get().subject();
        String fingerprint = fingerprint(http, invocation);
        // the session lives in this request's Vert.x context: a method that calls out (gRPC) may come back on
        // another thread, so the answer is stored back on this context
        Context context = Vertx.currentContext();
        Executor onThisContext = task -> context.runOnContext(ignored -> task.run());
        return Panache.withTransaction(() -> claim(caller, key, fingerprint).flatMap(claimed -> claimed
                ? proceed(invocation).emitOn(onThisContext)
                        .call(result -> remember(caller, key, Answer.of(result, invocation.getMethod(), json)))
                : answeredBefore(caller, key, fingerprint)));
    }

    private RoutingContext current() {
        try {
            return request.getCurrent();
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }

    /**
     * Takes the key for this request. If another transaction holds it uncommitted, PostgreSQL makes this
     * insert wait until that one ends: a concurrent repeat waits for the first instead of running beside it.
     */
    private Uni<Boolean> claim(String caller, String key, String fingerprint) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into idempotent_answer (actor, idempotency_key, request_hash, created_at)
                        values (:actor, :key, :hash, :at) on conflict do nothing""")
                .setParameter("actor", caller)
                .setParameter("key", key)
                .setParameter("hash", fingerprint)
                .setParameter("at", clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private static Uni<Void> remember(String caller, String key, Answer answer) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        update idempotent_answer set status = :status, location = :location, content_type = :type, body = :body
                        where actor = :actor and idempotency_key = :key""")
                .setParameter("status", answer.status())
                .setParameter("location", answer.location())
                .setParameter("type", answer.contentType())
                .setParameter("body", answer.body())
                .setParameter("actor", caller)
                .setParameter("key", key)
                .executeUpdate())
                .replaceWithVoid();
    }

    private static Uni<Object> answeredBefore(String caller, String key, String fingerprint) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        select request_hash, status, location, content_type, body from idempotent_answer
                        where actor = :actor and idempotency_key = :key""", Object[].class)
                .setParameter("actor", caller)
                .setParameter("key", key)
                .getSingleResult())
                .flatMap(row -> {
                    if (!fingerprint.equals(row[0])) {
                        return Uni.createFrom().failure(new RuleViolation(IdempotentRequests.HEADER,
                                "this Idempotency-Key was already used for a different request"));
                    }
                    Answer answer = new Answer(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]);
                    return Uni.createFrom().failure(new AnsweredBefore(answer));
                });
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext invocation) {
        try {
            return (Uni<Object>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** Method, path, query and the body as the method received it (so JSON whitespace does not matter). */
    private String fingerprint(RoutingContext http, InvocationContext invocation) throws JsonProcessingException {
        StringBuilder request = new StringBuilder()
                .append(http.request().method().name()).append(' ').append(http.request().path())
                .append('?').append(http.request().query() == null ? "" : http.request().query());
        Method method = invocation.getMethod();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            if (isBody(annotations[i])) {
                request.append('\n').append(json.writeValueAsString(invocation.getParameters()[i]));
            }
        }
        return Fingerprint.of(request.toString());
    }

    /** A parameter without a JAX-RS annotation (path, query, header, context...) is the request body. */
    private static boolean isBody(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")) {
                return false;
            }
        }
        return true;
    }
}
