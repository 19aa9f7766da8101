/**
 * Dead letters: events a consumer can never apply, parked on one topic per consumer group,
 * {@code dlq.<group>}, with headers that say why ({@link io.forgeline.platform.deadletters.DeadLetterHeaders}).
 * An administrator lists, inspects and replays them ({@code /api/<service>/dead-letters}, or
 * {@code bin/forgeline dlq}); a replay hands the original record to the same {@code @Incoming} method, so
 * it goes through the same idempotent consumer as the first delivery.
 */
package io.forgeline.platform.deadletters;
