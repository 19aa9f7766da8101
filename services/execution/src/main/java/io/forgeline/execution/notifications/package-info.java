/**
 * Notifications: who hears of what happens on the floor (today: andon raises and escalations), by e-mail through
 * Quarkus Mailer and by webhook (HTTP POST of JSON, signed with HMAC-SHA256 over the body with the route's secret,
 * {@link io.forgeline.execution.notifications.Signature}). Routing is data per realm role
 * ({@code PUT /api/execution/notification-routes/{role}}, administrators). A message is written PENDING in the
 * transaction of the step that causes it ({@link io.forgeline.execution.notifications.Notifications#announce}); the
 * dispatcher claims due ones, sends, and marks them SENT, retries failures with back-off and gives up (FAILED) after
 * the last try. Delivery is at least once: each message carries its id in {@code X-Forgeline-Delivery}.
 */
package io.forgeline.execution.notifications;
