package org.childmaintenance.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person answers in the public estimate calculator, in plain terms, and how those answers
 * become the engine's input. Income can be given a week, a month or a year: a yearly figure goes
 * through the engine's annual conversion (÷ 365 × 7); a monthly one is first made yearly (× 12)
 * (DESIGN: calculation.md does not say how a monthly figure is converted).
 */
public record EstimateAnswers(
        BenefitAnswer benefit,
        @Nullable BigDecimal income,
        @Nullable IncomePeriod period,
        List<CareBand> childrenCare,
        int relevantOtherChildren,
        int otherArrangementChildren) {

    /** The most children the calculator takes (the engine's own limit). */
    public static final int MAX_CHILDREN = InputValidator.MAX_CHILDREN;

    /**
     * Checks the income as typed ("£1,250.50") for the period it is given for (null if not chosen yet).
     *
     * @return the income, scale 2
     * @throws org.childmaintenance.base.UserFacingException on field "income", message a translation key
     */
    public static BigDecimal income(@Nullable String typed, @Nullable IncomePeriod period) {
        return InputValidator.estimateIncome(typed, period);
    }

    /**
     * Checks the number of children as typed: 1 to {@link #MAX_CHILDREN}.
     *
     * @throws org.childmaintenance.base.UserFacingException on field "children", message a translation key
     *         (the range message takes {@link #MAX_CHILDREN} as its parameter)
     */
    public static int children(@Nullable String typed) {
        return InputValidator.estimateChildren(typed);
    }

    /** Whether the paying parent gets a benefit that puts them on the flat rate. */
    public enum BenefitAnswer { INCOME_RELATED, OTHER_BENEFIT_OR_PENSION, NONE }

    public enum IncomePeriod { WEEK, MONTH, YEAR }

    /**
     * Nights a year a child stays with the paying parent, in the bands the rules use; each band's
     * lowest number of nights gives the same result as any number within it (Sch 1 para 7).
     * EQUAL means care is shared equally: then there is no paying parent (reg 50).
     */
    public enum CareBand {
        UNDER_52(0), FROM_52(52), FROM_104(104), FROM_156(156), FROM_175(175), EQUAL(183);

        private final int nights;

        CareBand(int nights) {
            this.nights = nights;
        }

        public int nights() {
            return nights;
        }
    }

    /** True when every child is cared for equally: no maintenance is payable and nothing is calculated. */
    public boolean equalCareForAll() {
        return !childrenCare.isEmpty() && childrenCare.stream().allMatch(c -> c == CareBand.EQUAL);
    }

    /** The engine's input for these answers (one receiving parent). */
    public CalculationInput toInput() {
        List<CalculationInput.ChildInput> children = new ArrayList<>();
        for (int i = 0; i < childrenCare.size(); i++) {
            CareBand band = childrenCare.get(i);
            // An equally shared child among others: counted at the top band (half); reg 50 is a case check.
            int nights = band == CareBand.EQUAL ? CareBand.FROM_175.nights() : band.nights();
            children.add(new CalculationInput.ChildInput("C" + (i + 1), nights));
        }
        BenefitFlatRate flat = switch (benefit) {
            case INCOME_RELATED -> BenefitFlatRate.INCOME_RELATED_BENEFIT;
            case OTHER_BENEFIT_OR_PENSION -> BenefitFlatRate.OWN_PRESCRIBED_BENEFIT;
            case NONE -> null;
        };
        BigDecimal weekly = null;
        BigDecimal annual = null;
        if (flat == null && income != null && period != null) {
            switch (period) {
                case WEEK -> weekly = income;
                case MONTH -> annual = income.multiply(BigDecimal.valueOf(12));
                case YEAR -> annual = income;
            }
        }
        return new CalculationInput(weekly, annual, null, flat, null, relevantOtherChildren, otherArrangementChildren,
                List.of(new CalculationInput.ReceivingParentInput("RP1", children)), true);
    }
}
