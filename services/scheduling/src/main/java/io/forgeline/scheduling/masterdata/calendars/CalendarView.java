package io.forgeline.scheduling.masterdata.calendars;

import java.util.List;

public record CalendarView(String code, String name, String timeZone, List<WeeklySlot> shifts, List<WeeklySlot> breaks, long version) {
}
