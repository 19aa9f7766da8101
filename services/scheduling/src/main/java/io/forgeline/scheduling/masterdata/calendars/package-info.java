/**
 * Shift calendars: weekly shifts and breaks in the plant's time zone ({@link io.forgeline.scheduling.masterdata.calendars.WorkingWeek}
 * keeps them consistent), and one-off closures: holidays of a calendar, maintenance of a machine. Every change goes out
 * as the calendar's whole snapshot on {@code scheduling.calendars.v1} ({@link io.forgeline.scheduling.masterdata.calendars.CalendarPublication}),
 * with the planned closures of the machines on it, in the same transaction.
 */
package io.forgeline.scheduling.masterdata.calendars;
