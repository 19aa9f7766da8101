/**
 * Shift calendars: the shop floor's copy of scheduling's calendars ({@code scheduling.calendars.v1}: weekly shifts and
 * breaks in the plant's zone, holidays, planned maintenance of machines), newest snapshot per calendar, and
 * {@link io.forgeline.execution.calendars.ShiftCalendar}, the pure rule that turns one into shift windows, plant days
 * and planned busy time for the OEE ({@code docs/oee.md}).
 */
package io.forgeline.execution.calendars;
