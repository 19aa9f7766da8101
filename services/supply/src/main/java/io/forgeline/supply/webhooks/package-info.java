/**
 * Webhooks: suppliers register endpoints for events of their own (purchase orders created, changed or cancelled, ASNs
 * received, later nonconformances opened). Deliveries follow the Standard Webhooks specification (webhook-id,
 * webhook-timestamp, webhook-signature HMAC-SHA256), are rows written in the same transaction as the change they
 * tell of (never lost), retried with growing delays for more than a day, logged attempt by attempt, replayable,
 * signed with two secrets while one rotates; an endpoint that has failed for days is disabled. Targets on private,
 * loopback or link-local addresses are refused unless {@code forgeline.supply.webhooks.allow-private-targets} is on.
 */
package io.forgeline.supply.webhooks;
