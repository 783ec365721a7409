package org.childmaintenance.outreach;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.childmaintenance.base.Texts;

/**
 * Dates and times of appointments as people read them, in the current language (a mail in its recipient's):
 * "Tuesday 14 July 2026", "10:30am"; in Welsh "dydd Mawrth 14 Gorffennaf 2026".
 */
public final class Times {

    private Times() {
    }

    public static String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Texts.locale()).format(date);
    }

    public static String time(LocalTime time) {
        return DateTimeFormatter.ofPattern("h:mma", Texts.locale()).format(time).toLowerCase(Texts.locale());
    }

    /** "Tuesday 14 July 2026, 10:30am to 11:30am". */
    public static String slot(LocalDate date, LocalTime start, int minutes) {
        return date(date) + ", " + time(start) + " – " + time(start.plusMinutes(minutes));
    }
}
