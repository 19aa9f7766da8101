/**
 * Shift calendars: weekly shifts and breaks in the plant's time zone ({@link io.forgeline.scheduling.masterdata.calendars.WorkingWeek}
 * keeps them consistent), and one-off closures: holidays of a calendar, maintenance of a machine.
 */
package io.forgeline.scheduling.masterdata.calendars;
