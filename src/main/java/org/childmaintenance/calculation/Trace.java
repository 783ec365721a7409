package org.childmaintenance.calculation;

import java.math.BigDecimal;
import java.util.List;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.jspecify.annotations.Nullable;

/**
 * Where {@link WeeklyCalculation} reports each step it takes, with the figures it already computed.
 * The arithmetic happens once, in WeeklyCalculation; implementations only narrate.
 * {@link NoTrace} discards everything (the fast path); {@link RecordingTrace} builds the breakdown.
 */
interface Trace {

    void weeklyIncome(BigDecimal weekly, @Nullable BigDecimal pension, BigDecimal grossWeekly);

    void annualIncome(BigDecimal annual, @Nullable BigDecimal pension, BigDecimal adjustedAnnual, BigDecimal grossWeekly);

    void rateBand(RateBand band, @Nullable BigDecimal grossWeekly, @Nullable NilRateCategory category,
            @Nullable BenefitFlatRate benefit);

    void childrenCounted(int qualifying, int otherArrangement, int counted);

    void reducedRate(BigDecimal grossWeekly, int children, int others, BigDecimal percentage, BigDecimal exact,
            BigDecimal rate);

    void incomeCap(BigDecimal grossWeekly, BigDecimal capped);

    void relevantOtherChildren(BigDecimal income, int others, BigDecimal reduction, BigDecimal exact,
            BigDecimal treated);

    void basicRate(BigDecimal treated, int children, BigDecimal percentage, BigDecimal exact, BigDecimal rate);

    void basicPlusRate(BigDecimal treated, int children, BigDecimal basic, BigDecimal basicPlus,
            BigDecimal onFirst800, BigDecimal onRest, BigDecimal exact, BigDecimal rate);

    void otherArrangements(BigDecimal rate, int qualifying, int otherArrangement, BigDecimal proportion,
            BigDecimal liability);

    void apportionment(BigDecimal liability, List<ReceivingParentInput> parents, int[] children, int totalChildren,
            BigDecimal[] shares);

    void sharedCare(ReceivingParentInput parent, BigDecimal share, int fourteenths, int children,
            BigDecimal decrease, BigDecimal afterFraction, int childrenAt175, BigDecimal afterPerChild,
            BigDecimal amount);

    void aggregateMinimum(BigDecimal totalBefore, List<ReceivingParentInput> parents, BigDecimal[] amounts);

    void benefitSharedCare(ReceivingParentInput parent, int nights);

    void flatRateSharedCareIgnored(int nights);

    void paymentEquivalents(String parentId, PaymentEquivalents equivalents, boolean onlyParent);

    void total(BigDecimal total, int parents);

    /** The steps recorded, in order; empty when nothing is recorded. */
    List<BreakdownStep> steps();
}
