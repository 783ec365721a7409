package org.childmaintenance.cases;

import java.util.List;

/**
 * The rule "a safety concern means Collect and Pay only" (LC-7.5, LC-17.5): when anyone on a case
 * has said it is not safe or told us about domestic abuse, Direct Pay is not offered.
 */
public final class PaymentSafety {
    private PaymentSafety() {
    }

    /** The ways of paying an applicant may choose from, given their safety answers. */
    public static List<ServiceType> offered(boolean safetyConcern) {
        return safetyConcern ? List.of(ServiceType.COLLECT_AND_PAY)
                : List.of(ServiceType.DIRECT_PAY, ServiceType.COLLECT_AND_PAY);
    }

    /** Whether Direct Pay may be chosen, given the safety answers. */
    public static boolean directPayOffered(boolean safetyConcern) {
        return !safetyConcern;
    }

    /** The way of paying a case gets: Collect and Pay whatever was chosen when there is a safety concern. */
    public static ServiceType serviceTypeFor(boolean safetyConcern, ServiceType chosen) {
        return safetyConcern ? ServiceType.COLLECT_AND_PAY : chosen;
    }

    /** Whether an earlier choice must be asked again: Direct Pay chosen before a safety concern was given. */
    public static boolean choiceWithdrawn(boolean safetyConcern, ServiceType chosen) {
        return safetyConcern && chosen == ServiceType.DIRECT_PAY;
    }

    /** On an existing case: Direct Pay only when nobody on it has a safety concern (domestic abuse or a safety flag). */
    public static boolean directPayAllowedOnCase(boolean domesticAbuse, boolean anyoneFlagged) {
        return directPayOffered(domesticAbuse || anyoneFlagged);
    }
}
