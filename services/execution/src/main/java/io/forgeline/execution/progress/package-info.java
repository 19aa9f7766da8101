/**
 * Operator actions on operations: start (on the planned machine or one the operator names) and complete
 * with the good quantity. Each action checks the order's precedence, changes the dispatch entry and
 * publishes {@code OperationStarted} / {@code OperationCompleted} on {@code execution.operation-progress.v1}
 * through the outbox, in one transaction.
 */
package io.forgeline.execution.progress;
