package org.childmaintenance.cases;

import org.childmaintenance.calculation.BenefitFlatRate;

/** The benefits that put a paying parent on the flat rate (Schedule 1 para 4(1)(b) and (c)). */
public enum BenefitKind {
    /** State Pension, contribution-based JSA, contributory ESA, Carer's Allowance and the like. */
    OWN_PRESCRIBED(BenefitFlatRate.OWN_PRESCRIBED_BENEFIT),
    /** Universal Credit with no earnings, Income Support, income-based JSA, income-related ESA, Pension Credit. */
    INCOME_RELATED(BenefitFlatRate.INCOME_RELATED_BENEFIT);

    private final BenefitFlatRate flatRate;

    BenefitKind(BenefitFlatRate flatRate) {
        this.flatRate = flatRate;
    }

    BenefitFlatRate flatRate() {
        return flatRate;
    }
}
