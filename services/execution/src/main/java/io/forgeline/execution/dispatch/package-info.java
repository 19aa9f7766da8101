/**
 * Dispatch lists: what each work center has to do next. Released production orders arrive as events
 * from scheduling and become one {@link io.forgeline.execution.dispatch.DispatchEntry} per operation.
 */
package io.forgeline.execution.dispatch;
