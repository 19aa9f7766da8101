/**
 * Schedules: turns the plant's orders, machines and calendars into a {@link io.forgeline.scheduling.planning.Plant}
 * on a minute axis ({@link io.forgeline.scheduling.schedules.TimeAxis}), solves it in the background, streams
 * progress, keeps every schedule, and publishes one to the shop floor (an event per machine). Machine
 * breakdowns and rush orders queue automatic reschedules that publish themselves.
 */
package io.forgeline.scheduling.schedules;
