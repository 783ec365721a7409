package org.childmaintenance.calculation;

import static org.childmaintenance.calculation.Narration.children;
import static org.childmaintenance.calculation.Narration.countLabel;
import static org.childmaintenance.calculation.Narration.equalsRounded;
import static org.childmaintenance.calculation.Narration.exact;
import static org.childmaintenance.calculation.Narration.fraction;
import static org.childmaintenance.calculation.Narration.money;
import static org.childmaintenance.calculation.Narration.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.calculation.BreakdownStep.Figure;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.jspecify.annotations.Nullable;

/** Builds the breakdown: one {@link BreakdownStep} per step, with a sentence a parent can follow. */
final class RecordingTrace implements Trace {

    private static final String SEVEN = money(Money.SEVEN);
    private final List<BreakdownStep> steps = new ArrayList<>();

    private void add(String step, String rule, @Nullable String parentId, List<Figure> in, List<Figure> out,
            String explanation) {
        steps.add(new BreakdownStep(step, rule, parentId, in, out, explanation));
    }

    private static Figure figure(String name, BigDecimal money) {
        return new Figure(name, money(money));
    }

    private static Figure figure(String name, String value) {
        return new Figure(name, value);
    }

    @Override
    public void weeklyIncome(BigDecimal weekly, @Nullable BigDecimal pension, BigDecimal grossWeekly) {
        if (pension == null) {
            add("Gross weekly income", "2012 Regs reg 34", null, List.of(figure("Gross weekly income", weekly)),
                    List.of(figure("Gross weekly income used", grossWeekly)),
                    "The paying parent's gross weekly income is " + money(grossWeekly) + ".");
        } else {
            add("Gross weekly income", "2012 Regs reg 35(3)", null,
                    List.of(figure("Gross weekly income", weekly), figure("Pension contributions a week", pension)),
                    List.of(figure("Gross weekly income used", grossWeekly)),
                    "The paying parent's gross weekly income of " + money(weekly) + ", less pension contributions of "
                            + money(pension) + ", is " + money(grossWeekly) + ".");
        }
    }

    @Override
    public void annualIncome(BigDecimal annual, @Nullable BigDecimal pension, BigDecimal adjustedAnnual,
            BigDecimal grossWeekly) {
        List<Figure> in = pension == null
                ? List.of(figure("Gross annual income", annual))
                : List.of(figure("Gross annual income", annual), figure("Pension contributions a year", pension));
        String less = pension == null ? ""
                : ", less pension contributions of " + money(pension) + " (" + money(adjustedAnnual) + "),";
        add("Gross weekly income", "2012 Regs regs 34–35", null, in,
                List.of(figure("Gross weekly income used", grossWeekly)),
                "The paying parent's yearly income of " + money(annual) + less
                        + " is turned into a weekly figure: " + money(adjustedAnnual) + " ÷ 365 × 7 = "
                        + money(grossWeekly) + " (to the nearest penny).");
    }

    @Override
    public void rateBand(RateBand band, @Nullable BigDecimal grossWeekly, @Nullable NilRateCategory category,
            @Nullable BenefitFlatRate benefit) {
        List<Figure> out = List.of(figure("Rate", band.label()));
        if (category != null) {
            add("Rate", "2012 Regs reg 45", null, List.of(figure("Nil-rate category", category.code())), out,
                    "Nothing is payable because " + category.description()
                            + " (a nil-rate group), whatever their income.");
        } else if (benefit != null) {
            String who = benefit == BenefitFlatRate.OWN_PRESCRIBED_BENEFIT
                    ? "The paying parent gets a benefit, pension or allowance such as State Pension or "
                            + "contribution-based Jobseeker's Allowance"
                    : "The paying parent or their partner gets an income-related benefit such as Income Support, "
                            + "income-based Jobseeker's Allowance or Universal Credit on nil earnings";
            add("Rate", benefit.rule() + "; 2012 Regs reg 44", null,
                    List.of(figure("Benefit", benefit.code())), out,
                    who + ", so the flat rate of " + SEVEN + " a week applies whatever their income.");
        } else {
            String income = "Gross weekly income of " + money(grossWeekly);
            List<Figure> in = List.of(figure("Gross weekly income", grossWeekly));
            switch (band) {
                case NIL -> add("Rate", "Sch 1 para 5(b)", null, in, out,
                        income + " is below " + SEVEN + ", so the nil rate applies and nothing is payable.");
                case FLAT_INCOME -> add("Rate", "Sch 1 para 4(1)(a)", null, in, out,
                        income + " is between " + SEVEN + " and £100.00, so the flat rate of " + SEVEN
                                + " a week applies.");
                case REDUCED -> add("Rate", "Sch 1 para 3", null, in, out,
                        income + " is over £100.00 and under £200.00, so the reduced rate applies.");
                default -> add("Rate", "Sch 1 para 2", null, in, out,
                        income + " is £200.00 or more, so the basic rate applies.");
            }
        }
    }

    @Override
    public void childrenCounted(int qualifying, int otherArrangement, int counted) {
        add("Children counted", "Sch 1 para 5A", null,
                List.of(figure("Qualifying children", Integer.toString(qualifying)),
                        figure("Children under other arrangements", Integer.toString(otherArrangement))),
                List.of(figure("Children counted for the percentage", countLabel(counted))),
                "The paying parent also supports " + children(otherArrangement)
                        + " under another maintenance arrangement, so " + (qualifying + otherArrangement)
                        + " children are counted to choose the percentage.");
    }

    @Override
    public void reducedRate(BigDecimal grossWeekly, int children, int others, BigDecimal percentage,
            BigDecimal exact, BigDecimal rate) {
        add("Reduced rate", "Sch 1 para 3; 2012 Regs reg 43", null,
                List.of(figure("Gross weekly income", grossWeekly),
                        figure("Children counted", countLabel(children)),
                        figure("Relevant other children", countLabel(others)),
                        figure("Percentage", percent(percentage))),
                List.of(figure("Weekly rate", rate)),
                "The reduced rate is " + SEVEN + " plus " + percent(percentage) + " of the income above £100.00 ("
                        + percent(percentage) + " is the figure for " + countLabel(children)
                        + (children == 1 ? " child" : " children") + " and "
                        + (others == 0 ? "no" : countLabel(others)) + " relevant other "
                        + (others == 1 ? "child" : "children") + "): " + SEVEN + " + ("
                        + money(grossWeekly) + " − £100.00) × " + percent(percentage) + " "
                        + equalsRounded(exact, rate) + ".");
    }

    @Override
    public void incomeCap(BigDecimal grossWeekly, BigDecimal capped) {
        add("Income cap", "Sch 1 para 10(3)", null, List.of(figure("Gross weekly income", grossWeekly)),
                List.of(figure("Income used", capped)),
                "Income above " + money(capped) + " a week is not counted, so " + money(capped)
                        + " is used instead of " + money(grossWeekly) + ".");
    }

    @Override
    public void relevantOtherChildren(BigDecimal income, int others, BigDecimal reduction, BigDecimal exact,
            BigDecimal treated) {
        add("Relevant other children", "Sch 1 para 2(3)", null,
                List.of(figure("Income", income), figure("Relevant other children", countLabel(others)),
                        figure("Reduction", percent(reduction))),
                List.of(figure("Income used", treated)),
                "The paying parent also supports " + (others >= 3 ? "3 or more other children" : children(others)
                        .replace("child", "other child")) + " at home, so their income is treated as "
                        + percent(reduction) + " lower: " + money(income) + " × " + percent(BigDecimal.ONE
                        .subtract(reduction)) + " " + equalsRounded(exact, treated) + ".");
    }

    @Override
    public void basicRate(BigDecimal treated, int children, BigDecimal percentage, BigDecimal exact,
            BigDecimal rate) {
        add("Basic rate", "Sch 1 para 2(1)", null,
                List.of(figure("Income used", treated), figure("Children counted", countLabel(children)),
                        figure("Percentage", percent(percentage))),
                List.of(figure("Weekly rate", rate)),
                "The basic rate for " + countLabel(children) + (children == 1 ? " child" : " children")
                        + " is " + percent(percentage) + " of " + money(treated) + " " + equalsRounded(exact, rate)
                        + ".");
    }

    @Override
    public void basicPlusRate(BigDecimal treated, int children, BigDecimal basic, BigDecimal basicPlus,
            BigDecimal onFirst800, BigDecimal onRest, BigDecimal exact, BigDecimal rate) {
        add("Basic plus rate", "Sch 1 para 2(2)", null,
                List.of(figure("Income used", treated), figure("Children counted", countLabel(children)),
                        figure("Percentage on the first £800", percent(basic)),
                        figure("Percentage above £800", percent(basicPlus))),
                List.of(figure("Weekly rate", rate)),
                "Income used of " + money(treated) + " is over £800.00, so the basic plus rate applies: "
                        + percent(basic) + " of the first £800.00 (" + exact(onFirst800) + ") plus "
                        + percent(basicPlus) + " of the " + money(treated.subtract(Money.EIGHT_HUNDRED))
                        + " above it (" + exact(onRest) + ") " + equalsRounded(exact, rate) + ".");
    }

    @Override
    public void otherArrangements(BigDecimal rate, int qualifying, int otherArrangement, BigDecimal proportion,
            BigDecimal liability) {
        boolean minimum = liability.compareTo(proportion) != 0;
        int all = qualifying + otherArrangement;
        add("Other maintenance arrangements", minimum ? "Sch 1 para 5A; SI 2012/2678 reg 3" : "Sch 1 para 5A", null,
                List.of(figure("Weekly rate", rate), figure("Qualifying children", Integer.toString(qualifying)),
                        figure("All children counted", Integer.toString(all))),
                List.of(figure("Weekly liability", liability)),
                "The qualifying children's part of the rate is " + money(rate) + " × " + qualifying + " ÷ " + all
                        + " = " + money(proportion) + " (to the nearest penny)."
                        + (minimum ? " That is less than " + SEVEN + ", so the minimum of " + SEVEN + " applies."
                                : ""));
    }

    @Override
    public void apportionment(BigDecimal liability, List<ReceivingParentInput> parents, int[] children,
            int totalChildren, BigDecimal[] shares) {
        List<Figure> in = new ArrayList<>();
        in.add(figure("Amount to share", liability));
        List<Figure> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < parents.size(); j++) {
            String id = parents.get(j).id();
            in.add(figure("Children with " + id, Integer.toString(children[j])));
            out.add(figure("Share for " + id, shares[j]));
            parts.add(id + " " + money(shares[j]) + " for " + children(children[j]));
        }
        add("Sharing between receiving parents", "Sch 1 para 6", null, in, out,
                money(liability) + " is shared between the receiving parents by the number of children each looks "
                        + "after (" + totalChildren + " in all): " + Narration.list(parts) + ". Pennies are rounded "
                        + "so that the shares add up to " + money(liability) + " exactly.");
    }

    @Override
    public void sharedCare(ReceivingParentInput parent, BigDecimal share, int fourteenths, int children,
            BigDecimal decrease, BigDecimal afterFraction, int childrenAt175, BigDecimal afterPerChild,
            BigDecimal amount) {
        List<String> nights = new ArrayList<>();
        List<String> fractions = new ArrayList<>();
        for (ChildInput child : parent.children()) {
            nights.add(Integer.toString(child.sharedCareNights()));
            fractions.add(fraction(RateTables.sharedCareFourteenths(child.sharedCareNights()), 1));
        }
        String average = fraction(fourteenths, children);
        StringBuilder text = new StringBuilder("For receiving parent ").append(parent.id()).append(", ");
        if (children == 1) {
            text.append("the child stays ").append(nights.get(0)).append(" nights a year with the paying parent, so ")
                    .append(average).append(" comes off");
        } else {
            text.append("the children stay ").append(Narration.list(nights))
                    .append(" nights a year with the paying parent (").append(Narration.list(fractions))
                    .append("); the average, ").append(average).append(", comes off");
        }
        text.append(": ").append(money(share)).append(" × ").append(average).append(" = ").append(money(decrease))
                .append(" (to the nearest penny), leaving ").append(money(afterFraction)).append('.');
        if (childrenAt175 > 0) {
            text.append(" A further ").append(SEVEN).append(" comes off for each child staying 175 nights or more (")
                    .append(children(childrenAt175)).append("): ").append(money(afterFraction)).append(" − ")
                    .append(money(Money.SEVEN.multiply(BigDecimal.valueOf(childrenAt175)))).append(" = ")
                    .append(money(afterPerChild))
                    .append('.');
        }
        boolean floored = afterPerChild.signum() < 0;
        if (floored) {
            text.append(" An amount cannot be less than nothing, so it is £0.00.");
        }
        add("Shared care", floored ? "Sch 1 para 7(4)–(6); DESIGN (not below £0.00)" : "Sch 1 para 7(4)–(6)",
                parent.id(),
                List.of(figure("Share", share), figure("Nights a year with the paying parent", String.join(", ", nights)),
                        figure("Fraction taken off", average),
                        figure("Children at 175 nights or more", Integer.toString(childrenAt175))),
                List.of(figure("Weekly amount", amount)), text.toString());
    }

    @Override
    public void aggregateMinimum(BigDecimal totalBefore, List<ReceivingParentInput> parents, BigDecimal[] amounts) {
        List<Figure> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < parents.size(); j++) {
            out.add(figure("Weekly amount for " + parents.get(j).id(), amounts[j]));
            parts.add(parents.get(j).id() + " " + money(amounts[j]));
        }
        add("Minimum amount", "Sch 1 para 7(7)", null, List.of(figure("Total after shared care", totalBefore)), out,
                "After shared care the total is " + money(totalBefore) + ", which is less than " + SEVEN
                        + ", so the paying parent pays " + SEVEN + " a week in total"
                        + (parents.size() > 1 ? ", shared by number of children: " + Narration.list(parts) : "")
                        + ".");
    }

    @Override
    public void benefitSharedCare(ReceivingParentInput parent, int nights) {
        add("Shared care", "Sch 1 para 8", parent.id(),
                List.of(figure("Most nights a year with the paying parent", Integer.toString(nights))),
                List.of(figure("Weekly amount", Money.ZERO)),
                "A child of receiving parent " + parent.id() + " stays " + nights
                        + " nights a year with the paying parent (52 or more). Because the flat rate is due to "
                        + "benefits, nothing is payable to " + parent.id() + ".");
    }

    @Override
    public void flatRateSharedCareIgnored(int nights) {
        add("Shared care", "Sch 1 paras 7–8", null,
                List.of(figure("Most nights a year with the paying parent", Integer.toString(nights))), List.of(),
                "Shared care does not change the flat rate when it applies because income is £100.00 a week or "
                        + "less.");
    }

    @Override
    public void paymentEquivalents(String parentId, PaymentEquivalents eq, boolean onlyParent) {
        add("Payment equivalents", "Collection Regs 1992 reg 4", parentId, List.of(figure("Weekly amount", eq.weekly())),
                List.of(figure("Fortnightly", eq.fortnightly()), figure("Every 4 weeks", eq.fourWeekly()),
                        figure("Monthly", eq.monthly())),
                (onlyParent ? "" : "For receiving parent " + parentId + ", ") + money(eq.weekly()) + " a week is "
                        + money(eq.fortnightly()) + " a fortnight, " + money(eq.fourWeekly()) + " every 4 weeks or "
                        + money(eq.monthly()) + " a month (" + money(eq.weekly())
                        + " × 52 ÷ 12, to the nearest penny).");
    }

    @Override
    public void total(BigDecimal total, int parents) {
        add("Total", "calculation.md step 8", null, List.of(), List.of(figure("Total weekly amount", total)),
                "The paying parent pays " + money(total) + " a week"
                        + (parents > 1 ? " in total to " + parents + " receiving parents." : "."));
    }

    @Override
    public List<BreakdownStep> steps() {
        return List.copyOf(steps);
    }
}
