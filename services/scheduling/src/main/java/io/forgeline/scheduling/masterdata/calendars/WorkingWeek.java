package io.forgeline.scheduling.masterdata.calendars;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Pure rule: do a calendar's weekly shifts and breaks make sense? Time runs round the week in minutes from
 * Monday 00:00; a shift ending at or before its start runs past midnight into the next day, and Sunday's
 * night shift runs into Monday. Shifts must not overlap (the scheduler would count the hours twice), each
 * break must lie in working time (touching shifts, 06-14 and 14-22, count as one stretch, so a break may
 * span the shift change) and breaks must not overlap each other.
 */
public final class WorkingWeek {

    static final int DAY = 24 * 60;
    static final int WEEK = 7 * DAY;

    private WorkingWeek() {
    }

    /** A shift or a break: weekday (ISO, 1 = Monday) and wall-clock times. */
    public record Slot(int dayOfWeek, LocalTime startsAt, LocalTime endsAt) {

        int start() {
            return (dayOfWeek - 1) * DAY + startsAt.getHour() * 60 + startsAt.getMinute();
        }

        /** May pass the end of the week: Sunday 22:00-06:00 ends on the following Monday. */
        int end() {
            int from = startsAt.getHour() * 60 + startsAt.getMinute();
            int to = endsAt.getHour() * 60 + endsAt.getMinute();
            return start() + (to > from ? to - from : DAY - from + to);
        }

        String describe() {
            return DayOfWeek.of(dayOfWeek).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + startsAt + "-" + endsAt;
        }
    }

    /** Why a calendar is refused, naming the offending entry as the request does ({@code shifts[2]}). */
    public record Refusal(String field, String message) {
    }

    public static Optional<Refusal> check(List<Slot> shifts, List<Slot> breaks) {
        if (shifts.isEmpty()) {
            return Optional.of(new Refusal("shifts", "a calendar needs working time: add at least one shift"));
        }
        for (int j = 1; j < shifts.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (overlap(shifts.get(i), shifts.get(j)) > 0) {
                    return Optional.of(new Refusal("shifts[" + j + "]", "shift " + shifts.get(j).describe()
                            + " overlaps shift " + shifts.get(i).describe() + " (shifts[" + i + "])"));
                }
            }
        }
        for (int k = 0; k < breaks.size(); k++) {
            Slot pause = breaks.get(k);
            int covered = 0;
            for (Slot shift : shifts) {
                // shifts do not overlap each other (checked above), so their shares simply add up
                covered += overlap(shift, pause);
            }
            if (covered < pause.end() - pause.start()) {
                return Optional.of(new Refusal("breaks[" + k + "]", "break " + pause.describe() + " does not lie inside a shift"));
            }
            for (int i = 0; i < k; i++) {
                if (overlap(breaks.get(i), pause) > 0) {
                    return Optional.of(new Refusal("breaks[" + k + "]", "break " + pause.describe()
                            + " overlaps break " + breaks.get(i).describe() + " (breaks[" + i + "])"));
                }
            }
        }
        return Optional.empty();
    }

    /** Minutes two slots share on the weekly circle: one may reach past Sunday midnight into Monday. */
    static int overlap(Slot a, Slot b) {
        int shared = 0;
        for (int shift = -WEEK; shift <= WEEK; shift += WEEK) {
            shared += Math.max(0, Math.min(a.end(), b.end() + shift) - Math.max(a.start(), b.start() + shift));
        }
        return shared;
    }
}
