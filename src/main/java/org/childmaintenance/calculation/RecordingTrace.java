package org.childmaintenance.calculation;

import static org.childmaintenance.calculation.Narration.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.calculation.BreakdownStep.Figure;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.jspecify.annotations.Nullable;

/**
 * Builds the breakdown: one {@link BreakdownStep} per step, with a sentence a parent can follow in the
 * {@link Wording}'s language. Step and figure names stay the engine's English names (identifiers: pages show
 * {@link StepNames}); rule references and the sentences are in the reader's language.
 */
final class RecordingTrace implements Trace {

    private final List<BreakdownStep> steps = new ArrayList<>();
    private final Wording words;
    private final boolean onlyParent;

    /** {@code onlyParent}: the case has one receiving parent (sentences may leave their id out). */
    RecordingTrace(Wording words, boolean onlyParent) {
        this.words = words;
        this.onlyParent = onlyParent;
    }

    private void add(String step, String rule, @Nullable String parentId, List<Figure> in, List<Figure> out,
            String explanation) {
        steps.add(new BreakdownStep(step, words.rule(rule), parentId, in, out, explanation));
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
                    List.of(figure("Gross weekly income used", grossWeekly)), words.weeklyIncome(grossWeekly));
        } else {
            add("Gross weekly income", "2012 Regs reg 35(3)", null,
                    List.of(figure("Gross weekly income", weekly), figure("Pension contributions a week", pension)),
                    List.of(figure("Gross weekly income used", grossWeekly)),
                    words.weeklyIncomeLessPension(weekly, pension, grossWeekly));
        }
    }

    @Override
    public void annualIncome(BigDecimal annual, @Nullable BigDecimal pension, BigDecimal adjustedAnnual,
            BigDecimal grossWeekly) {
        List<Figure> in = pension == null
                ? List.of(figure("Gross annual income", annual))
                : List.of(figure("Gross annual income", annual), figure("Pension contributions a year", pension));
        add("Gross weekly income", "2012 Regs regs 34–35", null, in,
                List.of(figure("Gross weekly income used", grossWeekly)),
                words.annualIncome(annual, pension, adjustedAnnual, grossWeekly));
    }

    @Override
    public void rateBand(RateBand band, @Nullable BigDecimal grossWeekly, @Nullable NilRateCategory category,
            @Nullable BenefitFlatRate benefit) {
        List<Figure> out = List.of(figure("Rate", band.label()));
        if (category != null) {
            add("Rate", "2012 Regs reg 45", null, List.of(figure("Nil-rate category", category.code())), out,
                    words.nilCategory(category));
        } else if (benefit != null) {
            add("Rate", benefit.rule() + "; 2012 Regs reg 44", null,
                    List.of(figure("Benefit", benefit.code())), out, words.benefitFlatRate(benefit));
        } else {
            List<Figure> in = List.of(figure("Gross weekly income", grossWeekly));
            String rule = switch (band) {
                case NIL -> "Sch 1 para 5(b)";
                case FLAT_INCOME -> "Sch 1 para 4(1)(a)";
                case REDUCED -> "Sch 1 para 3";
                default -> "Sch 1 para 2";
            };
            add("Rate", rule, null, in, out, words.incomeBand(band, grossWeekly));
        }
    }

    @Override
    public void childrenCounted(int qualifying, int otherArrangement, int counted) {
        add("Children counted", "Sch 1 para 5A", null,
                List.of(figure("Qualifying children", Integer.toString(qualifying)),
                        figure("Children under other arrangements", Integer.toString(otherArrangement))),
                List.of(figure("Children counted for the percentage", words.countLabel(counted))),
                words.childrenCounted(qualifying, otherArrangement));
    }

    @Override
    public void reducedRate(BigDecimal grossWeekly, int children, int others, BigDecimal percentage,
            BigDecimal exact, BigDecimal rate) {
        add("Reduced rate", "Sch 1 para 3; 2012 Regs reg 43", null,
                List.of(figure("Gross weekly income", grossWeekly),
                        figure("Children counted", words.countLabel(children)),
                        figure("Relevant other children", words.countLabel(others)),
                        figure("Percentage", Narration.percent(percentage))),
                List.of(figure("Weekly rate", rate)),
                words.reducedRate(grossWeekly, children, others, percentage, exact, rate));
    }

    @Override
    public void incomeCap(BigDecimal grossWeekly, BigDecimal capped) {
        add("Income cap", "Sch 1 para 10(3)", null, List.of(figure("Gross weekly income", grossWeekly)),
                List.of(figure("Income used", capped)), words.incomeCap(grossWeekly, capped));
    }

    @Override
    public void relevantOtherChildren(BigDecimal income, int others, BigDecimal reduction, BigDecimal exact,
            BigDecimal treated) {
        add("Relevant other children", "Sch 1 para 2(3)", null,
                List.of(figure("Income", income), figure("Relevant other children", words.countLabel(others)),
                        figure("Reduction", Narration.percent(reduction))),
                List.of(figure("Income used", treated)),
                words.relevantOtherChildren(income, others, reduction, exact, treated));
    }

    @Override
    public void basicRate(BigDecimal treated, int children, BigDecimal percentage, BigDecimal exact,
            BigDecimal rate) {
        add("Basic rate", "Sch 1 para 2(1)", null,
                List.of(figure("Income used", treated), figure("Children counted", words.countLabel(children)),
                        figure("Percentage", Narration.percent(percentage))),
                List.of(figure("Weekly rate", rate)), words.basicRate(treated, children, percentage, exact, rate));
    }

    @Override
    public void basicPlusRate(BigDecimal treated, int children, BigDecimal basic, BigDecimal basicPlus,
            BigDecimal onFirst800, BigDecimal onRest, BigDecimal exact, BigDecimal rate) {
        add("Basic plus rate", "Sch 1 para 2(2)", null,
                List.of(figure("Income used", treated), figure("Children counted", words.countLabel(children)),
                        figure("Percentage on the first £800", Narration.percent(basic)),
                        figure("Percentage above £800", Narration.percent(basicPlus))),
                List.of(figure("Weekly rate", rate)),
                words.basicPlusRate(treated, basic, basicPlus, onFirst800, onRest, exact, rate));
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
                words.otherArrangements(rate, qualifying, all, proportion, minimum));
    }

    @Override
    public void apportionment(BigDecimal liability, List<ReceivingParentInput> parents, int[] children,
            int totalChildren, BigDecimal[] shares) {
        List<Figure> in = new ArrayList<>();
        in.add(figure("Amount to share", liability));
        List<Figure> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(parents.size());
        for (int j = 0; j < parents.size(); j++) {
            String id = parents.get(j).id();
            ids.add(id);
            in.add(figure("Children with " + id, Integer.toString(children[j])));
            out.add(figure("Share for " + id, shares[j]));
        }
        add("Sharing between receiving parents", "Sch 1 para 6", null, in, out,
                words.apportionment(liability, ids, children, totalChildren, shares));
    }

    @Override
    public void sharedCare(ReceivingParentInput parent, BigDecimal share, int fourteenths, int children,
            BigDecimal decrease, BigDecimal afterFraction, int childrenAt175, BigDecimal afterPerChild,
            BigDecimal amount) {
        List<String> nights = new ArrayList<>();
        List<String> fractions = new ArrayList<>();
        for (ChildInput child : parent.children()) {
            nights.add(Integer.toString(child.sharedCareNights()));
            fractions.add(words.fraction(RateTables.sharedCareFourteenths(child.sharedCareNights()), 1));
        }
        String average = words.fraction(fourteenths, children);
        boolean floored = afterPerChild.signum() < 0;
        add("Shared care", floored ? "Sch 1 para 7(4)–(6); DESIGN (not below £0.00)" : "Sch 1 para 7(4)–(6)",
                parent.id(),
                List.of(figure("Share", share), figure("Nights a year with the paying parent", String.join(", ", nights)),
                        figure("Fraction taken off", average),
                        figure("Children at 175 nights or more", Integer.toString(childrenAt175))),
                List.of(figure("Weekly amount", amount)),
                words.sharedCare(parent.id(), onlyParent, nights, fractions, average, share, decrease, afterFraction,
                        childrenAt175, afterPerChild));
    }

    @Override
    public void aggregateMinimum(BigDecimal totalBefore, List<ReceivingParentInput> parents, BigDecimal[] amounts) {
        List<Figure> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(parents.size());
        for (int j = 0; j < parents.size(); j++) {
            ids.add(parents.get(j).id());
            out.add(figure("Weekly amount for " + parents.get(j).id(), amounts[j]));
        }
        add("Minimum amount", "Sch 1 para 7(7)", null, List.of(figure("Total after shared care", totalBefore)), out,
                words.aggregateMinimum(totalBefore, ids, amounts));
    }

    @Override
    public void benefitSharedCare(ReceivingParentInput parent, int nights) {
        add("Shared care", "Sch 1 para 8", parent.id(),
                List.of(figure("Most nights a year with the paying parent", Integer.toString(nights))),
                List.of(figure("Weekly amount", Money.ZERO)), words.benefitSharedCare(parent.id(), onlyParent, nights));
    }

    @Override
    public void flatRateSharedCareIgnored(int nights) {
        add("Shared care", "Sch 1 paras 7–8", null,
                List.of(figure("Most nights a year with the paying parent", Integer.toString(nights))), List.of(),
                words.flatRateSharedCareIgnored());
    }

    @Override
    public void paymentEquivalents(String parentId, PaymentEquivalents eq, boolean onlyParent) {
        add("Payment equivalents", "Collection Regs 1992 reg 4", parentId, List.of(figure("Weekly amount", eq.weekly())),
                List.of(figure("Fortnightly", eq.fortnightly()), figure("Every 4 weeks", eq.fourWeekly()),
                        figure("Monthly", eq.monthly())),
                words.paymentEquivalents(parentId, onlyParent, eq));
    }

    @Override
    public void total(BigDecimal total, int parents) {
        add("Total", "calculation.md step 8", null, List.of(), List.of(figure("Total weekly amount", total)),
                words.total(total, parents));
    }

    @Override
    public List<BreakdownStep> steps() {
        return List.copyOf(steps);
    }
}
