package org.childmaintenance.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.childmaintenance.calculation.CalculationResult.ReceivingParentResult;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of calculation.md §4 (steps 1–8 and 11), once. Every figure is reported to a
 * {@link Trace}; the input must already be valid.
 */
final class WeeklyCalculation {

    private static final int SHARED_CARE_THRESHOLD = 52;
    private static final int FULL_SHARED_CARE_NIGHTS = 175;

    private WeeklyCalculation() {
    }

    static CalculationResult compute(CalculationInput in, Trace trace) {
        List<ReceivingParentInput> parents = in.receivingParents();
        int parentCount = parents.size();
        int[] children = new int[parentCount];
        int totalChildren = 0;
        for (int j = 0; j < parentCount; j++) {
            children[j] = parents.get(j).children().size();
            totalChildren += children[j];
        }
        BigDecimal grossWeekly = grossWeeklyIncome(in, trace);
        int others = Math.min(in.relevantOtherChildren(), 3);
        int otherArrangement = in.otherArrangementChildren();

        // Step 2: which rate applies (first match wins).
        RateBand band;
        BigDecimal rate;
        if (in.nilRateCategory() != null) {
            band = RateBand.NIL;
            rate = Money.ZERO;
        } else if (in.benefitFlatRate() != null) {
            band = RateBand.FLAT_BENEFIT;
            rate = Money.SEVEN;
        } else if (grossWeekly.compareTo(Money.SEVEN) < 0) {
            band = RateBand.NIL;
            rate = Money.ZERO;
        } else if (grossWeekly.compareTo(Money.HUNDRED) <= 0) {
            band = RateBand.FLAT_INCOME;
            rate = Money.SEVEN;
        } else if (grossWeekly.compareTo(Money.TWO_HUNDRED) < 0) {
            band = RateBand.REDUCED;
            rate = Money.ZERO; // set below
        } else {
            band = RateBand.BASIC;
            rate = Money.ZERO; // set below
        }
        trace.rateBand(band, grossWeekly, in.nilRateCategory(), in.benefitFlatRate());

        // Steps 3–4: reduced and basic rates count children under other arrangements too (para 5A).
        if (band == RateBand.REDUCED || band == RateBand.BASIC) {
            int counted = Math.min(totalChildren + otherArrangement, 3);
            if (otherArrangement > 0) {
                trace.childrenCounted(totalChildren, otherArrangement, counted);
            }
            if (band == RateBand.REDUCED) {
                BigDecimal percentage = RateTables.reducedRatePercentage(counted, others);
                BigDecimal exact = Money.SEVEN.add(grossWeekly.subtract(Money.HUNDRED).multiply(percentage));
                rate = Money.round2(exact);
                trace.reducedRate(grossWeekly, counted, others, percentage, exact, rate);
            } else {
                BigDecimal capped = grossWeekly;
                if (grossWeekly.compareTo(Money.CAP) > 0) {
                    capped = Money.CAP;
                    trace.incomeCap(grossWeekly, capped);
                }
                BigDecimal treated = capped;
                if (others > 0) {
                    BigDecimal exact = capped.multiply(RateTables.kept(others));
                    treated = Money.round2(exact);
                    trace.relevantOtherChildren(capped, others, RateTables.reduction(others), exact, treated);
                }
                BigDecimal basic = RateTables.basic(counted);
                if (treated.compareTo(Money.EIGHT_HUNDRED) <= 0) {
                    BigDecimal exact = treated.multiply(basic);
                    rate = Money.round2(exact);
                    trace.basicRate(treated, counted, basic, exact, rate);
                } else {
                    band = RateBand.BASIC_PLUS;
                    BigDecimal basicPlus = RateTables.basicPlus(counted);
                    BigDecimal onFirst800 = RateTables.basicOn800(counted);
                    BigDecimal onRest = treated.subtract(Money.EIGHT_HUNDRED).multiply(basicPlus);
                    BigDecimal exact = onFirst800.add(onRest);
                    rate = Money.round2(exact);
                    trace.basicPlusRate(treated, counted, basic, basicPlus, onFirst800, onRest, exact, rate);
                }
            }
        }

        // Step 5: children supported under other arrangements (para 5A), with its £7 minimum.
        BigDecimal liability = rate;
        BigDecimal afterOtherArrangements = null;
        boolean minimumApplied = false;
        if (band.isIncomeBased() && otherArrangement > 0) {
            BigDecimal proportion = Money.round2(rate, totalChildren, totalChildren + otherArrangement);
            minimumApplied = proportion.compareTo(Money.SEVEN) < 0;
            afterOtherArrangements = minimumApplied ? Money.SEVEN : proportion;
            liability = afterOtherArrangements;
            trace.otherArrangements(rate, totalChildren, otherArrangement, proportion, liability);
        }

        // Step 6: apportionment between receiving parents by number of children.
        BigDecimal[] amounts = apportion(liability, children, totalChildren);
        if (parentCount > 1 && liability.signum() > 0) {
            trace.apportionment(liability, parents, children, totalChildren, amounts);
        }

        // Step 7: shared care.
        if (band.isIncomeBased()) {
            minimumApplied |= sharedCareByFractions(parents, children, totalChildren, amounts, trace);
        } else if (band == RateBand.FLAT_BENEFIT) {
            for (int j = 0; j < parentCount; j++) {
                int nights = mostNights(parents.get(j));
                if (nights >= SHARED_CARE_THRESHOLD) {
                    amounts[j] = Money.ZERO;
                    trace.benefitSharedCare(parents.get(j), nights);
                }
            }
        } else if (band == RateBand.FLAT_INCOME) {
            int nights = 0;
            for (ReceivingParentInput parent : parents) {
                nights = Math.max(nights, mostNights(parent));
            }
            if (nights >= SHARED_CARE_THRESHOLD) {
                trace.flatRateSharedCareIgnored(nights);
            }
        }

        // Steps 8 and 11: result and payment equivalents.
        List<ReceivingParentResult> results = new ArrayList<>(parentCount);
        BigDecimal total = Money.ZERO;
        for (int j = 0; j < parentCount; j++) {
            String id = parents.get(j).id();
            PaymentEquivalents equivalents = PaymentEquivalents.of(amounts[j]);
            trace.paymentEquivalents(id, equivalents, parentCount == 1);
            results.add(new ReceivingParentResult(id, amounts[j], equivalents));
            total = total.add(amounts[j]);
        }
        trace.total(total, parentCount);
        PaymentEquivalents totalEquivalents = parentCount == 1 ? results.get(0).equivalents()
                : PaymentEquivalents.of(total);
        return new CalculationResult(List.copyOf(results), band, rate, afterOtherArrangements, total, minimumApplied,
                grossWeekly, totalEquivalents, in.monthlyEquivalentRequested(), trace.steps());
    }

    /**
     * Step 7A (Sch 1 para 7): takes each receiving parent's fraction off their share, then £7 for each
     * child at 175+ nights, not below £0.00 (DESIGN); then the para 7(7) £7 aggregate minimum.
     *
     * @return whether the aggregate minimum applied; {@code amounts} is updated in place
     */
    private static boolean sharedCareByFractions(List<ReceivingParentInput> parents, int[] children,
            int totalChildren, BigDecimal[] amounts, Trace trace) {
        boolean anySharedCare = false;
        BigDecimal total = Money.ZERO;
        for (int j = 0; j < parents.size(); j++) {
            ReceivingParentInput parent = parents.get(j);
            int fourteenths = 0;
            int at175 = 0;
            for (ChildInput child : parent.children()) {
                fourteenths += RateTables.sharedCareFourteenths(child.sharedCareNights());
                if (child.sharedCareNights() >= FULL_SHARED_CARE_NIGHTS) {
                    at175++;
                }
            }
            if (fourteenths > 0) {
                anySharedCare = true;
                BigDecimal share = amounts[j];
                BigDecimal decrease = Money.round2(share, fourteenths, 14L * children[j]);
                BigDecimal afterFraction = share.subtract(decrease);
                BigDecimal afterPerChild = afterFraction.subtract(Money.SEVEN.multiply(BigDecimal.valueOf(at175)));
                amounts[j] = afterPerChild.signum() < 0 ? Money.ZERO : afterPerChild;
                trace.sharedCare(parent, share, fourteenths, children[j], decrease, afterFraction, at175,
                        afterPerChild, amounts[j]);
            }
            total = total.add(amounts[j]);
        }
        if (!anySharedCare || total.compareTo(Money.SEVEN) >= 0) {
            return false;
        }
        BigDecimal[] minimum = apportion(Money.SEVEN, children, totalChildren);
        System.arraycopy(minimum, 0, amounts, 0, amounts.length);
        trace.aggregateMinimum(total, parents, amounts);
        return true;
    }

    /** Step 1: gross weekly income, or null when none was given (only allowed when none is needed). */
    private static @Nullable BigDecimal grossWeeklyIncome(CalculationInput in, Trace trace) {
        BigDecimal pension = in.pensionContributions();
        if (pension != null) {
            pension = pension.setScale(2);
        }
        if (in.grossWeeklyIncome() != null) {
            BigDecimal weekly = in.grossWeeklyIncome().setScale(2);
            BigDecimal grossWeekly = pension == null ? weekly : weekly.subtract(pension);
            trace.weeklyIncome(weekly, pension, grossWeekly);
            return grossWeekly;
        }
        if (in.grossAnnualIncome() != null) {
            BigDecimal annual = in.grossAnnualIncome().setScale(2);
            BigDecimal adjusted = pension == null ? annual : annual.subtract(pension);
            BigDecimal grossWeekly = Money.annualToWeekly(adjusted);
            trace.annualIncome(annual, pension, adjusted, grossWeekly);
            return grossWeekly;
        }
        return null;
    }

    private static int mostNights(ReceivingParentInput parent) {
        int most = 0;
        for (ChildInput child : parent.children()) {
            most = Math.max(most, child.sharedCareNights());
        }
        return most;
    }

    /**
     * Step 6 (DESIGN): share an amount by number of children, in whole pennies, by largest
     * remainder with ties to the receiving parent listed first, so the shares add up exactly.
     */
    static BigDecimal[] apportion(BigDecimal amount, int[] children, int totalChildren) {
        int parentCount = children.length;
        BigDecimal[] shares = new BigDecimal[parentCount];
        if (parentCount == 1) {
            shares[0] = amount;
            return shares;
        }
        long pence = Money.pence(amount);
        long[] given = new long[parentCount];
        long[] remainder = new long[parentCount];
        long left = pence;
        for (int j = 0; j < parentCount; j++) {
            long numerator = pence * children[j];
            given[j] = numerator / totalChildren;
            remainder[j] = numerator % totalChildren;
            left -= given[j];
        }
        // Fewer pennies are left than there are receiving parents; each gets at most one.
        for (; left > 0; left--) {
            int best = 0;
            for (int j = 1; j < parentCount; j++) {
                if (remainder[j] > remainder[best]) {
                    best = j;
                }
            }
            given[best]++;
            remainder[best] = -1;
        }
        for (int j = 0; j < parentCount; j++) {
            shares[j] = Money.fromPence(given[j]);
        }
        return shares;
    }
}
