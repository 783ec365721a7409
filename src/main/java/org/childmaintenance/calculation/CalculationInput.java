package org.childmaintenance.calculation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the calculation needs about the paying parent and the children. Mirrors the {@code input}
 * object of {@code calculation-vectors.json}; money is in pounds with at most two decimal places.
 *
 * @param grossWeeklyIncome gross weekly income (after pension contributions unless
 *     {@code pensionContributions} is given), before the £3,000 cap; or null when annual income is
 *     given or no income is needed (nil-rate category or benefit flat rate)
 * @param grossAnnualIncome gross annual income, the alternative to weekly income; converted as
 *     annual / 365 × 7 rounded to the penny
 * @param pensionContributions optional pension contributions not already relieved at source, for
 *     the same period as the income given (a year with annual income, a week with weekly income)
 * @param benefitFlatRate the benefit that puts the paying parent on the flat rate, or null
 * @param nilRateCategory the nil-rate category the paying parent is in, or null
 * @param relevantOtherChildren children the paying parent or partner gets Child Benefit for
 * @param otherArrangementChildren the paying parent's non-qualifying children supported under a
 *     court order or a written or family-based arrangement (Schedule 1 para 5A)
 * @param receivingParents each receiving parent with the qualifying children they look after
 * @param monthlyEquivalentRequested whether the caller wants the monthly figure shown (the engine
 *     always computes it; this only tells presenters such as the API whether to show it)
 */
public record CalculationInput(
        @Nullable BigDecimal grossWeeklyIncome,
        @Nullable BigDecimal grossAnnualIncome,
        @Nullable BigDecimal pensionContributions,
        @Nullable BenefitFlatRate benefitFlatRate,
        @Nullable NilRateCategory nilRateCategory,
        int relevantOtherChildren,
        int otherArrangementChildren,
        @Nullable List<@Nullable ReceivingParentInput> receivingParents,
        boolean monthlyEquivalentRequested) {

    /**
     * A receiving parent (in law, a person with care).
     *
     * @param id the caller's id for this receiving parent, repeated in the result
     * @param children the qualifying children this receiving parent looks after
     */
    public record ReceivingParentInput(@Nullable String id, @Nullable List<@Nullable ChildInput> children) {
    }

    /**
     * A qualifying child.
     *
     * @param id optional caller's id for the child
     * @param sharedCareNights nights a year the child is expected to stay with the paying parent
     */
    public record ChildInput(@Nullable String id, int sharedCareNights) {
    }
}
