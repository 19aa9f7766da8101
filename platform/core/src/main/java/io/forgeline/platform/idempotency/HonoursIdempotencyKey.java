package io.forgeline.platform.idempotency;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a REST method returning {@code Uni}: a request with an {@code Idempotency-Key} runs at most once per
 * caller and key; a repeat gets the first answer again, the same key with another request gets 422.
 * The first answer is stored in the same database transaction as the request's effect (see
 * {@link FirstAnswers}). Use it for POSTs that change state; creates that call
 * {@link IdempotentRequests#once} already have their own record.
 */
@InterceptorBinding
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface HonoursIdempotencyKey {
}
