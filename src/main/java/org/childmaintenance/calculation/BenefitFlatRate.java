package org.childmaintenance.calculation;

import java.util.Optional;

/** Why the paying parent is on the benefit-based flat rate (Schedule 1 para 4(1)(b) or (c)). */
public enum BenefitFlatRate {
    /** Para 4(1)(b): the paying parent gets a prescribed benefit, pension or allowance (e.g. State Pension). */
    OWN_PRESCRIBED_BENEFIT("own_prescribed_benefit", "Sch 1 para 4(1)(b)"),
    /** Para 4(1)(c): the paying parent or partner gets an income-related benefit (e.g. income-based JSA). */
    INCOME_RELATED_BENEFIT("income_related_benefit", "Sch 1 para 4(1)(c)");

    private final String code;
    private final String rule;

    BenefitFlatRate(String code, String rule) {
        this.code = code;
        this.rule = rule;
    }

    /** The code used in the calculation vectors and the API, e.g. {@code own_prescribed_benefit}. */
    public String code() {
        return code;
    }

    String rule() {
        return rule;
    }

    public static Optional<BenefitFlatRate> fromCode(String code) {
        for (BenefitFlatRate value : values()) {
            if (value.code.equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
