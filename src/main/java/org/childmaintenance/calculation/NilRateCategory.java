package org.childmaintenance.calculation;

import java.util.Optional;

/** The nil-rate categories of the 2012 regulations, reg 45 (calculation.md step 2). */
public enum NilRateCategory {
    CHILD("child", "the paying parent is a child"),
    PRISONER("prisoner", "the paying parent is in prison"),
    YOUNG_PERSON_ON_BENEFIT("young_person_on_benefit", "the paying parent is 16 or 17 and gets a qualifying benefit"),
    YOUTH_TRAINING("youth_training", "the paying parent is on work-based training for young people"),
    CARE_HOME_FUNDED("care_home_funded", "the paying parent lives in a care home or independent hospital that qualifies");

    private final String code;
    private final String description;

    NilRateCategory(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The code used in the calculation vectors and the API, e.g. {@code prisoner}. */
    public String code() {
        return code;
    }

    /** Plain-English description, e.g. "the paying parent is in prison". */
    public String description() {
        return description;
    }

    public static Optional<NilRateCategory> fromCode(String code) {
        for (NilRateCategory value : values()) {
            if (value.code.equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
