/**
 * Operator actions on operations: start (on the planned machine or one the operator names), pause for a PAUSE reason
 * code and resume, partial quantity reports (good, scrap and rework, scrap and rework with their reason codes), and
 * complete, whose pieces add to the reports before it. Each action locks the order's operations, checks the order's
 * precedence and the operation's status, changes the dispatch entry, keeps the operator's work periods (time per
 * operator) and the report rows with the terminal it came from, and publishes {@code OperationStarted},
 * {@code OperationPaused}, {@code OperationResumed}, {@code QuantityReported} and {@code OperationCompleted} on
 * {@code execution.operation-progress.v1} through the outbox, in one transaction. A completion waits for the required
 * fields of the operation's work instruction (instructions/). Completing the last operation produces the finished lot
 * ({@code ProductionOutputReported} on {@code execution.production-output.v1}) with the serial numbers of a serialised
 * item's units (serials/). The operation's view shows the instruction, the latest recorded values and the serials.
 */
package io.forgeline.execution.progress;
