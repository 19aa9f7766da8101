/** Per-client rate limiting at the edge: a token bucket per caller, 429 with Retry-After when it is empty. */
package io.forgeline.gateway.ratelimit;
