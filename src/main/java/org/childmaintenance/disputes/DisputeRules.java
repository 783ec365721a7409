package org.childmaintenance.disputes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/** The dates of disputes, plain Java: reconsideration window (LC-14.2), appeal deadline (LC-14.4), complaint target. */
public final class DisputeRules {
    /** Days after a decision is notified to ask for a reconsideration. */
    public static final int RECONSIDERATION_DAYS = 30;
    /** Days the other parent has to add their points. */
    public static final int INVITE_DAYS = 14;
    /** Working days to answer a complaint. */
    public static final int COMPLAINT_WORKING_DAYS = 15;
    /** Fixed-date bank holidays (England and Wales) that are easy to know; moveable ones are not counted. */
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private DisputeRules() {
    }

    /** The last day to ask for a reconsideration: the notification date + 30 days. */
    public static LocalDate lastDayToAsk(LocalDate notified) {
        return notified.plusDays(RECONSIDERATION_DAYS);
    }

    /** The last day to appeal: the notice date + one calendar month (31 January → 28 or 29 February). */
    public static LocalDate lastDayToAppeal(LocalDate noticeDate) {
        return noticeDate.plusMonths(1);
    }

    /** The complaint's answer date: 15 working days on, skipping weekends and fixed-date bank holidays. */
    public static LocalDate complaintTarget(LocalDate received) {
        LocalDate d = received;
        int left = COMPLAINT_WORKING_DAYS;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !FIXED_HOLIDAYS.contains(MonthDay.from(d));
    }
}
