package org.childmaintenance.calculation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.jspecify.annotations.Nullable;

/** Small builders for test input. */
final class Inputs {

    private Inputs() {
    }

    static CalculationInput weekly(String income, ReceivingParentInput... parents) {
        return new CalculationInput(new BigDecimal(income), null, null, null, null, 0, 0, List.of(parents), false);
    }

    static ReceivingParentInput parent(String id, int... nights) {
        return new ReceivingParentInput(id, Arrays.stream(nights).mapToObj(n -> new ChildInput(null, n)).toList());
    }

    static CalculationInput withIncome(CalculationInput in, @Nullable String weekly, @Nullable String annual,
            @Nullable String pension) {
        return new CalculationInput(money(weekly), money(annual), money(pension), in.benefitFlatRate(),
                in.nilRateCategory(), in.relevantOtherChildren(), in.otherArrangementChildren(),
                in.receivingParents(), in.monthlyEquivalentRequested());
    }

    static CalculationInput withCategories(CalculationInput in, @Nullable BenefitFlatRate benefit,
            @Nullable NilRateCategory nil) {
        return new CalculationInput(in.grossWeeklyIncome(), in.grossAnnualIncome(), in.pensionContributions(), benefit,
                nil, in.relevantOtherChildren(), in.otherArrangementChildren(), in.receivingParents(),
                in.monthlyEquivalentRequested());
    }

    static CalculationInput withCounts(CalculationInput in, int relevantOther, int otherArrangement) {
        return new CalculationInput(in.grossWeeklyIncome(), in.grossAnnualIncome(), in.pensionContributions(),
                in.benefitFlatRate(), in.nilRateCategory(), relevantOther, otherArrangement, in.receivingParents(),
                in.monthlyEquivalentRequested());
    }

    static CalculationInput withParents(CalculationInput in, @Nullable List<@Nullable ReceivingParentInput> parents) {
        return new CalculationInput(in.grossWeeklyIncome(), in.grossAnnualIncome(), in.pensionContributions(),
                in.benefitFlatRate(), in.nilRateCategory(), in.relevantOtherChildren(),
                in.otherArrangementChildren(), parents, in.monthlyEquivalentRequested());
    }

    private static @Nullable BigDecimal money(@Nullable String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
