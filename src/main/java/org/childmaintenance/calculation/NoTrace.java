package org.childmaintenance.calculation;

import java.math.BigDecimal;
import java.util.List;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.jspecify.annotations.Nullable;

/** The fast path's trace: records nothing, so the JIT can drop the calls. */
enum NoTrace implements Trace {
    INSTANCE;

    @Override
    public void weeklyIncome(BigDecimal weekly, @Nullable BigDecimal pension, BigDecimal grossWeekly) {
    }

    @Override
    public void annualIncome(BigDecimal annual, @Nullable BigDecimal pension, BigDecimal adjustedAnnual,
            BigDecimal grossWeekly) {
    }

    @Override
    public void rateBand(RateBand band, @Nullable BigDecimal grossWeekly, @Nullable NilRateCategory category,
            @Nullable BenefitFlatRate benefit) {
    }

    @Override
    public void childrenCounted(int qualifying, int otherArrangement, int counted) {
    }

    @Override
    public void reducedRate(BigDecimal grossWeekly, int children, int others, BigDecimal percentage,
            BigDecimal exact, BigDecimal rate) {
    }

    @Override
    public void incomeCap(BigDecimal grossWeekly, BigDecimal capped) {
    }

    @Override
    public void relevantOtherChildren(BigDecimal income, int others, BigDecimal reduction, BigDecimal exact,
            BigDecimal treated) {
    }

    @Override
    public void basicRate(BigDecimal treated, int children, BigDecimal percentage, BigDecimal exact,
            BigDecimal rate) {
    }

    @Override
    public void basicPlusRate(BigDecimal treated, int children, BigDecimal basic, BigDecimal basicPlus,
            BigDecimal onFirst800, BigDecimal onRest, BigDecimal exact, BigDecimal rate) {
    }

    @Override
    public void otherArrangements(BigDecimal rate, int qualifying, int otherArrangement, BigDecimal proportion,
            BigDecimal liability) {
    }

    @Override
    public void apportionment(BigDecimal liability, List<ReceivingParentInput> parents, int[] children,
            int totalChildren, BigDecimal[] shares) {
    }

    @Override
    public void sharedCare(ReceivingParentInput parent, BigDecimal share, int fourteenths, int children,
            BigDecimal decrease, BigDecimal afterFraction, int childrenAt175, BigDecimal afterPerChild,
            BigDecimal amount) {
    }

    @Override
    public void aggregateMinimum(BigDecimal totalBefore, List<ReceivingParentInput> parents, BigDecimal[] amounts) {
    }

    @Override
    public void benefitSharedCare(ReceivingParentInput parent, int nights) {
    }

    @Override
    public void flatRateSharedCareIgnored(int nights) {
    }

    @Override
    public void paymentEquivalents(String parentId, PaymentEquivalents equivalents, boolean onlyParent) {
    }

    @Override
    public void total(BigDecimal total, int parents) {
    }

    @Override
    public List<BreakdownStep> steps() {
        return List.of();
    }
}
