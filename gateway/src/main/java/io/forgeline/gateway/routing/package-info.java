/**
 * Routing at the edge: which upstream serves a path, who may call it, and the proxying itself with
 * request ids, trace context, timeouts and problem+json for every refusal.
 */
package io.forgeline.gateway.routing;
