package org.childmaintenance.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in England and Wales: Monday to Friday, except the bank holidays the Banking and
 * Financial Dealings Act 1971 and its yearly proclamations set — New Year's Day, Good Friday, Easter
 * Monday, the early May, spring and summer bank holidays (first and last Mondays of May, last Monday
 * of August), Christmas Day and Boxing Day, each moved to the next weekday when it falls at a weekend.
 * Computed for any year (Easter by the Gregorian computus), never a table of dates. One-off changes
 * by proclamation (a moved May holiday, a jubilee, a state funeral) are not known to this rule.
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** Whether {@code day} is a working day (not a weekend, not a bank holiday in England and Wales). */
    public static boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !bankHolidays(day.getYear()).contains(day);
    }

    /** {@code days} working days after {@code from} (which itself does not count). */
    public static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The bank holidays of England and Wales in {@code year}, with weekend substitutes. */
    public static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(nextWeekday(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.add(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // Christmas and Boxing Day: a day at a weekend moves to the next weekday the other one leaves free.
        LocalDate christmas = nextWeekday(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(christmas);
        LocalDate boxing = nextWeekday(LocalDate.of(year, Month.DECEMBER, 26));
        days.add(boxing.equals(christmas) ? nextWeekday(boxing.plusDays(1)) : boxing);
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate nextWeekday(LocalDate d) {
        LocalDate out = d;
        while (isWeekend(out)) {
            out = out.plusDays(1);
        }
        return out;
    }
}
