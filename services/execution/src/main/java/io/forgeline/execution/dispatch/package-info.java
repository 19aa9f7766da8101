/**
 * Dispatch lists: what each work center has to do next. Released production orders arrive as events
 * from scheduling and become one {@link io.forgeline.execution.dispatch.DispatchEntry} per operation;
 * published machine schedules place each entry on a machine and in time. The entry also carries the
 * operation's shop-floor state machine (QUEUED → RUNNING → DONE), which the progress feature drives.
 */
package io.forgeline.execution.dispatch;
