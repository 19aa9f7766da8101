package io.forgeline.ident.gs1;

import java.time.LocalDate;
import java.time.YearMonth;

/** GS1 dates: YYMMDD with the General Specifications' century rule, DD=00 for "end of month", YYYYMMDD. */
final class Dates {

    private Dates() {
    }

    /**
     * The full year of a two-digit YY, as the GS1 General Specifications (7.12) resolve it: within 49
     * years ahead or 50 back of the current year, so "99" read in 2026 is 1999 and "60" is 2060.
     */
    static int fullYear(int yy, int currentYear) {
        int currentYy = currentYear % 100;
        int century = currentYear - currentYy;
        int difference = yy - currentYy;
        if (difference >= 51) {
            return century - 100 + yy;
        }
        if (difference <= -50) {
            return century + 100 + yy;
        }
        return century + yy;
    }

    /** The date in YYMMDD at {@code from}; DD=00 means the last day of that month. Assumes it is valid. */
    static LocalDate yymmdd(String text, int from, int currentYear) {
        int year = fullYear((int) ContentCheck.number(text, from, from + 2), currentYear);
        int month = (int) ContentCheck.number(text, from + 2, from + 4);
        int day = (int) ContentCheck.number(text, from + 4, from + 6);
        return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    static LocalDate yyyymmdd(String text, int from) {
        return LocalDate.of((int) ContentCheck.number(text, from, from + 4),
                (int) ContentCheck.number(text, from + 4, from + 6), (int) ContentCheck.number(text, from + 6, from + 8));
    }

    static String problem(String text, int from, int currentYear, boolean dayZeroAllowed) {
        int year = fullYear((int) ContentCheck.number(text, from, from + 2), currentYear);
        return monthAndDayProblem(text, from + 2, year, dayZeroAllowed);
    }

    static String problemWithCentury(String text, int from) {
        return monthAndDayProblem(text, from + 4, (int) ContentCheck.number(text, from, from + 4), false);
    }

    private static int daysIn(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static String monthAndDayProblem(String text, int monthAt, int year, boolean dayZeroAllowed) {
        int month = (int) ContentCheck.number(text, monthAt, monthAt + 2);
        if (month < 1 || month > 12) {
            return "month " + text.substring(monthAt, monthAt + 2) + " does not exist";
        }
        int day = (int) ContentCheck.number(text, monthAt + 2, monthAt + 4);
        if (day == 0 && dayZeroAllowed) {
            return null;
        }
        int last = daysIn(year, month);
        if (day < 1 || day > last) {
            return "day " + text.substring(monthAt + 2, monthAt + 4) + " does not exist in " + YearMonth.of(year, month);
        }
        return null;
    }
}
