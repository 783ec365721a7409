package org.childmaintenance.employer;

/** How often an employee is paid; the order gives a normal deduction rate for each (LC-13.4.1). */
public enum PayFrequency {
    MONTHLY(12), WEEKLY(52), TWO_WEEKLY(26), FOUR_WEEKLY(13);

    private final int perYear;

    PayFrequency(int perYear) {
        this.perYear = perYear;
    }

    /** Pay days in a year. */
    public int perYear() {
        return perYear;
    }
}
