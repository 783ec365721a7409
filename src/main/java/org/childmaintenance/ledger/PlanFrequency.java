package org.childmaintenance.ledger;

import java.time.LocalDate;

/** How often an arrears plan's extra payment falls due (LC-12.3, DESIGN). At most 5 years of payments. */
public enum PlanFrequency {
    WEEKLY(260), FORTNIGHTLY(130), MONTHLY(60);

    private final int maxInstalments;

    PlanFrequency(int maxInstalments) {
        this.maxInstalments = maxInstalments;
    }

    int maxInstalments() {
        return maxInstalments;
    }

    LocalDate nth(LocalDate first, int i) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(i);
            case FORTNIGHTLY -> first.plusWeeks(2L * i);
            case MONTHLY -> first.plusMonths(i);
        };
    }
}
