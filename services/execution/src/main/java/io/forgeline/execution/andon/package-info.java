/**
 * Andon: an operator's one-touch call for MATERIAL, QUALITY, MAINTENANCE or HELP at a work center (and optionally one
 * of its machines). OPEN → ACKNOWLEDGED → RESOLVED, or OPEN → RESOLVED; resolving needs a note. While nobody
 * acknowledges, the plant's {@link io.forgeline.execution.andon.EscalationLadder} ({@code forgeline.andon.escalation})
 * escalates it by time, each rung once, even with several replicas ({@link io.forgeline.execution.andon.Andons#escalateDue}).
 * Every step is an audit row (andon_step: who, when, terminal, note), an event on {@code execution.andons.v1} and,
 * for a raise or an escalation, notifications to the rung's role ({@link io.forgeline.execution.notifications}).
 */
package io.forgeline.execution.andon;
