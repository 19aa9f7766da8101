/**
 * Machine signals: what the machines themselves report (state, part counters, sensor readings) from edge gateways
 * ({@code POST /api/execution/machine-signals}) and the topic {@code execution.machine-signals.v1}, stored as
 * time series partitioned by month with retention, each machine's live state (UNKNOWN when it falls silent) published
 * as {@code MachineStateChanged}, and the {@link io.forgeline.execution.signals.MachineTimeline} the OEE reads.
 */
package io.forgeline.execution.signals;
