/**
 * Idempotency-Key for every POST that creates or changes something: a repeat with the same key gets the
 * first answer without the POST being done again, a key reused for a different request is refused (422),
 * and because the key is stored in the same transaction as the effect a crash never makes a retry do it
 * twice. {@link io.forgeline.platform.idempotency.IdempotentRequests} serves creates that record the key
 * themselves; {@link io.forgeline.platform.idempotency.HonoursIdempotencyKey} any other REST method.
 */
package io.forgeline.platform.idempotency;
