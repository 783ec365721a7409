package org.childmaintenance.calculation;

import static org.childmaintenance.calculation.Narration.children;
import static org.childmaintenance.calculation.Narration.exact;
import static org.childmaintenance.calculation.Narration.money;
import static org.childmaintenance.calculation.Narration.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The breakdown's sentences in English (the engine's first language; the API's default). */
final class EnglishWording implements Wording {
    static final EnglishWording INSTANCE = new EnglishWording();
    private static final String SEVEN = money(Money.SEVEN);

    private EnglishWording() {
    }

    @Override
    public String rule(String rule) {
        return rule;
    }

    @Override
    public String countLabel(int counted) {
        return Narration.countLabel(counted);
    }

    @Override
    public String fraction(int fourteenths, int children) {
        return Narration.fraction(fourteenths, children);
    }

    /** "= £96.00" or "= £96.0009, which rounds to £96.00 (to the nearest penny)". */
    private static String equalsRounded(BigDecimal exact, BigDecimal rounded) {
        return exact.compareTo(rounded) == 0
                ? "= " + money(rounded)
                : "= " + exact(exact) + ", which rounds to " + money(rounded) + " (to the nearest penny)";
    }

    @Override
    public String weeklyIncome(BigDecimal grossWeekly) {
        return "The paying parent's gross weekly income is " + money(grossWeekly) + ".";
    }

    @Override
    public String weeklyIncomeLessPension(BigDecimal weekly, BigDecimal pension, BigDecimal grossWeekly) {
        return "The paying parent's gross weekly income of " + money(weekly) + ", less pension contributions of "
                + money(pension) + ", is " + money(grossWeekly) + ".";
    }

    @Override
    public String annualIncome(BigDecimal annual, @Nullable BigDecimal pension, BigDecimal adjustedAnnual,
            BigDecimal grossWeekly) {
        String less = pension == null ? ""
                : ", less pension contributions of " + money(pension) + " (" + money(adjustedAnnual) + "),";
        return "The paying parent's yearly income of " + money(annual) + less
                + " is turned into a weekly figure: " + money(adjustedAnnual) + " ÷ 365 × 7 = "
                + money(grossWeekly) + " (to the nearest penny).";
    }

    @Override
    public String nilCategory(NilRateCategory category) {
        return "Nothing is payable because " + category.description() + " (a nil-rate group), whatever their income.";
    }

    @Override
    public String benefitFlatRate(BenefitFlatRate benefit) {
        String who = benefit == BenefitFlatRate.OWN_PRESCRIBED_BENEFIT
                ? "The paying parent gets a benefit, pension or allowance such as State Pension or "
                        + "contribution-based Jobseeker's Allowance"
                : "The paying parent or their partner gets an income-related benefit such as Income Support, "
                        + "income-based Jobseeker's Allowance or Universal Credit on nil earnings";
        return who + ", so the flat rate of " + SEVEN + " a week applies whatever their income.";
    }

    @Override
    public String incomeBand(RateBand band, BigDecimal grossWeekly) {
        String income = "Gross weekly income of " + money(grossWeekly);
        return switch (band) {
            case NIL -> income + " is below " + SEVEN + ", so the nil rate applies and nothing is payable.";
            case FLAT_INCOME -> income + " is between " + SEVEN + " and £100.00, so the flat rate of " + SEVEN
                    + " a week applies.";
            case REDUCED -> income + " is over £100.00 and under £200.00, so the reduced rate applies.";
            default -> income + " is £200.00 or more, so the basic rate applies.";
        };
    }

    @Override
    public String childrenCounted(int qualifying, int otherArrangement) {
        return "The paying parent also supports " + children(otherArrangement)
                + " under another maintenance arrangement, so " + (qualifying + otherArrangement)
                + " children are counted to choose the percentage.";
    }

    @Override
    public String reducedRate(BigDecimal grossWeekly, int children, int others, BigDecimal percentage,
            BigDecimal exact, BigDecimal rate) {
        return "The reduced rate is " + SEVEN + " plus " + percent(percentage) + " of the income above £100.00 ("
                + percent(percentage) + " is the figure for " + countLabel(children)
                + (children == 1 ? " child" : " children") + " and "
                + (others == 0 ? "no" : countLabel(others)) + " relevant other "
                + (others == 1 ? "child" : "children") + "): " + SEVEN + " + ("
                + money(grossWeekly) + " − £100.00) × " + percent(percentage) + " "
                + equalsRounded(exact, rate) + ".";
    }

    @Override
    public String incomeCap(BigDecimal grossWeekly, BigDecimal capped) {
        return "Income above " + money(capped) + " a week is not counted, so " + money(capped)
                + " is used instead of " + money(grossWeekly) + ".";
    }

    @Override
    public String relevantOtherChildren(BigDecimal income, int others, BigDecimal reduction, BigDecimal exact,
            BigDecimal treated) {
        return "The paying parent also supports " + (others >= 3 ? "3 or more other children" : children(others)
                .replace("child", "other child")) + " at home, so their income is treated as "
                + percent(reduction) + " lower: " + money(income) + " × " + percent(BigDecimal.ONE
                .subtract(reduction)) + " " + equalsRounded(exact, treated) + ".";
    }

    @Override
    public String basicRate(BigDecimal treated, int children, BigDecimal percentage, BigDecimal exact,
            BigDecimal rate) {
        return "The basic rate for " + countLabel(children) + (children == 1 ? " child" : " children")
                + " is " + percent(percentage) + " of " + money(treated) + " " + equalsRounded(exact, rate) + ".";
    }

    @Override
    public String basicPlusRate(BigDecimal treated, BigDecimal basic, BigDecimal basicPlus, BigDecimal onFirst800,
            BigDecimal onRest, BigDecimal exact, BigDecimal rate) {
        return "Income used of " + money(treated) + " is over £800.00, so the basic plus rate applies: "
                + percent(basic) + " of the first £800.00 (" + exact(onFirst800) + ") plus "
                + percent(basicPlus) + " of the " + money(treated.subtract(Money.EIGHT_HUNDRED))
                + " above it (" + exact(onRest) + ") " + equalsRounded(exact, rate) + ".";
    }

    @Override
    public String otherArrangements(BigDecimal rate, int qualifying, int all, BigDecimal proportion,
            boolean minimum) {
        return "The qualifying children's part of the rate is " + money(rate) + " × " + qualifying + " ÷ " + all
                + " = " + money(proportion) + " (to the nearest penny)."
                + (minimum ? " That is less than " + SEVEN + ", so the minimum of " + SEVEN + " applies." : "");
    }

    @Override
    public String apportionment(BigDecimal liability, List<String> ids, int[] children, int totalChildren,
            BigDecimal[] shares) {
        List<String> parts = new ArrayList<>(ids.size());
        for (int j = 0; j < ids.size(); j++) {
            parts.add(ids.get(j) + " " + money(shares[j]) + " for " + children(children[j]));
        }
        return money(liability) + " is shared between the receiving parents by the number of children each looks "
                + "after (" + totalChildren + " in all): " + Narration.list(parts) + ". Pennies are rounded "
                + "so that the shares add up to " + money(liability) + " exactly.";
    }

    @Override
    public String sharedCare(String parentId, boolean onlyParent, List<String> nights, List<String> fractions,
            String average, BigDecimal share, BigDecimal decrease, BigDecimal afterFraction, int childrenAt175,
            BigDecimal afterPerChild) {
        // One receiving parent: no need to name them (a case's engine id is "the receiving parent").
        StringBuilder text = new StringBuilder(onlyParent ? "" : "For receiving parent " + parentId + ", ");
        if (nights.size() == 1) {
            text.append(onlyParent ? "The child stays " : "the child stays ").append(nights.get(0))
                    .append(" nights a year with the paying parent, so ").append(average).append(" comes off");
        } else {
            text.append(onlyParent ? "The children stay " : "the children stay ").append(Narration.list(nights))
                    .append(" nights a year with the paying parent (").append(Narration.list(fractions))
                    .append("); the average, ").append(average).append(", comes off");
        }
        text.append(": ").append(money(share)).append(" × ").append(average).append(" = ").append(money(decrease))
                .append(" (to the nearest penny), leaving ").append(money(afterFraction)).append('.');
        if (childrenAt175 > 0) {
            text.append(" A further ").append(SEVEN).append(" comes off for each child staying 175 nights or more (")
                    .append(children(childrenAt175)).append("): ").append(money(afterFraction)).append(" − ")
                    .append(money(Money.SEVEN.multiply(BigDecimal.valueOf(childrenAt175)))).append(" = ")
                    .append(money(afterPerChild)).append('.');
        }
        if (afterPerChild.signum() < 0) {
            text.append(" An amount cannot be less than nothing, so it is £0.00.");
        }
        return text.toString();
    }

    @Override
    public String aggregateMinimum(BigDecimal totalBefore, List<String> ids, BigDecimal[] amounts) {
        List<String> parts = new ArrayList<>(ids.size());
        for (int j = 0; j < ids.size(); j++) {
            parts.add(ids.get(j) + " " + money(amounts[j]));
        }
        return "After shared care the total is " + money(totalBefore) + ", which is less than " + SEVEN
                + ", so the paying parent pays " + SEVEN + " a week in total"
                + (ids.size() > 1 ? ", shared by number of children: " + Narration.list(parts) : "") + ".";
    }

    @Override
    public String benefitSharedCare(String parentId, boolean onlyParent, int nights) {
        return (onlyParent ? "A child" : "A child of receiving parent " + parentId) + " stays " + nights
                + " nights a year with the paying parent (52 or more). Because the flat rate is due to "
                + "benefits, nothing is payable to " + (onlyParent ? "the receiving parent" : parentId) + ".";
    }

    @Override
    public String flatRateSharedCareIgnored() {
        return "Shared care does not change the flat rate when it applies because income is £100.00 a week or less.";
    }

    @Override
    public String paymentEquivalents(String parentId, boolean onlyParent, PaymentEquivalents eq) {
        return (onlyParent ? "" : "For receiving parent " + parentId + ", ") + money(eq.weekly()) + " a week is "
                + money(eq.fortnightly()) + " a fortnight, " + money(eq.fourWeekly()) + " every 4 weeks or "
                + money(eq.monthly()) + " a month (" + money(eq.weekly()) + " × 52 ÷ 12, to the nearest penny).";
    }

    @Override
    public String total(BigDecimal total, int parents) {
        return "The paying parent pays " + money(total) + " a week"
                + (parents > 1 ? " in total to " + parents + " receiving parents." : ".");
    }
}
