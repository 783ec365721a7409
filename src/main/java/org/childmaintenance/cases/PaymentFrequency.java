package org.childmaintenance.cases;

/** How often the paying parent pays (calculation.md step 11). */
public enum PaymentFrequency {
    WEEKLY(52), FOUR_WEEKLY(13), MONTHLY(12);

    private final int perYear;

    PaymentFrequency(int perYear) {
        this.perYear = perYear;
    }

    /** Instalments in one reference period. */
    public int perYear() {
        return perYear;
    }
}
