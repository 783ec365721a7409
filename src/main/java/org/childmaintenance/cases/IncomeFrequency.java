package org.childmaintenance.cases;

/** The period an income figure is for. */
public enum IncomeFrequency {
    WEEKLY(52), FORTNIGHTLY(26), FOUR_WEEKLY(13), MONTHLY(12), YEARLY(1);

    private final int perYear;

    IncomeFrequency(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }
}
