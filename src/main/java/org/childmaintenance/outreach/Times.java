package org.childmaintenance.outreach;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times of appointments as people read them: "Tuesday 14 July 2026", "10:30am". */
public final class Times {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private Times() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String time(LocalTime time) {
        return TIME.format(time).toLowerCase(Locale.UK);
    }

    /** "Tuesday 14 July 2026, 10:30am to 11:30am". */
    public static String slot(LocalDate date, LocalTime start, int minutes) {
        return date(date) + ", " + time(start) + " – " + time(start.plusMinutes(minutes));
    }
}
