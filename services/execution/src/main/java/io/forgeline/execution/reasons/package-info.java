/**
 * Reason codes, the plant's master data for why: pieces were scrapped (SCRAP) or go to rework (REWORK), an operation
 * paused (PAUSE), a machine stood (DOWNTIME). Each has an English and a Simplified Chinese name for the terminal.
 * Planners and administrators define them ({@code PUT /api/execution/reason-codes/{kind}/{code}}); a code is
 * deactivated rather than deleted, so what was reported under it keeps its meaning. Other features ask
 * {@link io.forgeline.execution.reasons.ReasonCodes#requireActive} before they record a reason.
 */
package io.forgeline.execution.reasons;
