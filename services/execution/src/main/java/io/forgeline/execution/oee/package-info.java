/**
 * OEE as ISO 22400-2 defines it, per machine, work center, shift and day. The definitions (PBT, APT, PRU, PQ, GQ,
 * availability, effectiveness, quality rate, rounding, how pieces are attributed to periods and operations) are written
 * once in {@code docs/oee.md}; {@link io.forgeline.execution.oee.OeeRule} is the pure rule that applies them,
 * {@link io.forgeline.execution.oee.OeeService} gathers its inputs (the calendar read model, the dispatch entries and
 * quantity reports of the machine, the signal store's {@link io.forgeline.execution.signals.MachineTimeline}),
 * {@code GET /api/execution/oee} answers them and {@link io.forgeline.execution.oee.OeePublisher} publishes each
 * machine's current shift on {@code execution.oee.v1}.
 */
package io.forgeline.execution.oee;
