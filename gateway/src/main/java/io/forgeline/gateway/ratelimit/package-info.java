/**
 * Rate limiting at the edge: a token bucket per signed-in client and one per client address for requests
 * without a verified token, 429 with Retry-After when a bucket is empty. {@code ClientAddresses} decides who
 * the client is behind an ingress (X-Forwarded-For only from trusted proxies).
 */
package io.forgeline.gateway.ratelimit;
