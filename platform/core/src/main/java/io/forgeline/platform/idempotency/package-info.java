/**
 * Idempotency-Key support for POSTs from terminals and partners: a retried request with the same key
 * returns what the first one created instead of creating it again. Keys are scoped per caller, and a
 * key reused for a different request body is refused.
 */
package io.forgeline.platform.idempotency;
