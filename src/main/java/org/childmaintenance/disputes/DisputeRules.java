package org.childmaintenance.disputes;

import java.time.LocalDate;
import org.childmaintenance.base.WorkingDays;

/** The dates of disputes, plain Java: reconsideration window (LC-14.2), appeal deadline (LC-14.4), complaint target. */
public final class DisputeRules {
    /** Days after a decision is notified to ask for a reconsideration. */
    public static final int RECONSIDERATION_DAYS = 30;
    /** Days the other parent has to add their points. */
    public static final int INVITE_DAYS = 14;
    /** Working days to answer a complaint. */
    public static final int COMPLAINT_WORKING_DAYS = 15;

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

    /**
     * The complaint's answer date: 15 working days on, skipping weekends and the bank holidays of
     * England and Wales (Easter and the Monday holidays included, {@link WorkingDays}).
     */
    public static LocalDate complaintTarget(LocalDate received) {
        return WorkingDays.plusWorkingDays(received, COMPLAINT_WORKING_DAYS);
    }

    /** The last day the other parent may add their points: 14 days after the request (LC-14.2). */
    public static LocalDate lastDayForPoints(LocalDate requested) {
        return requested.plusDays(INVITE_DAYS);
    }
}
