package org.childmaintenance.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.childmaintenance.calculation.CalculationResult.ReceivingParentResult;

/** Properties that must hold for every valid input, not only the worked examples. */
class CalculationProperties {

    private static final BigDecimal SEVEN = new BigDecimal("7.00");
    private final CalculationEngine engine = new CalculationEngine();

    @Property
    void more_shared_care_nights_never_raise_the_total(@ForAll("inputs") CalculationInput input,
            @ForAll @IntRange(min = 0, max = 99) int pick, @ForAll @IntRange(min = 1, max = 366) int extra) {
        CalculationInput more = withMoreNights(input, pick, extra);
        CalculationResult before = engine.calculateWithoutBreakdown(input);
        CalculationResult after = engine.calculateWithoutBreakdown(more);

        assertThat(after.totalWeekly()).isLessThanOrEqualTo(before.totalWeekly());
        // Each receiving parent's amount also never rises, except through the para 7(7) £7 aggregate
        // minimum, which is shared by number of children, not by care (see CalculationEngineTest
        // aggregate_minimum_can_raise_one_receiving_parents_amount_when_nights_go_up).
        if (!hitAggregateMinimum(before) && !hitAggregateMinimum(after)) {
            for (int j = 0; j < before.receivingParents().size(); j++) {
                assertThat(after.receivingParents().get(j).weeklyAmount())
                        .isLessThanOrEqualTo(before.receivingParents().get(j).weeklyAmount());
            }
        }
    }

    @Property
    void more_income_never_lowers_the_weekly_rate(@ForAll("inputs") CalculationInput input,
            @ForAll @IntRange(min = 1, max = 500_000) int extraPence) {
        CalculationInput richer = withWeeklyIncome(input,
                weeklyIncome(input).add(BigDecimal.valueOf(extraPence, 2)));
        CalculationResult before = engine.calculateWithoutBreakdown(withWeeklyIncome(input, weeklyIncome(input)));
        CalculationResult after = engine.calculateWithoutBreakdown(richer);

        assertThat(after.weeklyRate()).isGreaterThanOrEqualTo(before.weeklyRate());
    }

    /**
     * The rules guarantee exact pennies at two points: apportionment hands out whole pennies so the
     * shares add up to the amount shared (step 6), and the para 7(7) minimum pays exactly £7.00.
     * Shared care then rounds each receiving parent's decrease separately, so after shared care the
     * amounts need not add up to any earlier figure; what always holds is that the total reported is
     * the sum of the amounts reported.
     */
    @Property
    void amounts_add_up_to_the_total_to_the_penny(@ForAll("inputs") CalculationInput input) {
        CalculationResult result = engine.calculateWithoutBreakdown(input);
        BigDecimal sum = result.receivingParents().stream().map(ReceivingParentResult::weeklyAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(sum).isEqualTo(result.totalWeekly());
        if (!hasSharedCare(input)) {
            BigDecimal liability = result.weeklyLiabilityAfterOtherArrangements() != null
                    ? result.weeklyLiabilityAfterOtherArrangements() : result.weeklyRate();
            assertThat(result.totalWeekly()).isEqualTo(result.rateBand() == RateBand.NIL ? Money.ZERO : liability);
        }
        if (hitAggregateMinimum(result)) {
            assertThat(result.totalWeekly()).isEqualTo(SEVEN);
        }
    }

    @Property
    void apportionment_shares_add_up_and_each_is_within_a_penny_of_its_exact_share(
            @ForAll @IntRange(min = 0, max = 10_000_000) int pence,
            @ForAll("childCounts") List<Integer> childCounts) {
        int[] children = childCounts.stream().mapToInt(Integer::intValue).toArray();
        int total = childCounts.stream().mapToInt(Integer::intValue).sum();
        BigDecimal amount = BigDecimal.valueOf(pence, 2);
        BigDecimal[] shares = WeeklyCalculation.apportion(amount, children, total);

        assertThat(List.of(shares).stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(amount);
        for (int j = 0; j < shares.length; j++) {
            long exactNumerator = (long) pence * children[j]; // exact share = numerator / total pence
            long sharePence = Money.pence(shares[j]);
            assertThat(sharePence * total - exactNumerator).isBetween((long) -total + 1, (long) total - 1);
        }
    }

    @Property
    void amounts_are_never_negative_and_always_in_pence(@ForAll("inputs") CalculationInput input) {
        CalculationResult result = engine.calculateWithoutBreakdown(input);
        List<BigDecimal> money = new ArrayList<>(List.of(result.weeklyRate(), result.totalWeekly()));
        result.receivingParents().forEach(parent -> {
            money.add(parent.weeklyAmount());
            money.add(parent.equivalents().monthly());
            money.add(parent.equivalents().fourWeekly());
        });
        assertThat(money).allSatisfy(amount -> {
            assertThat(amount.signum()).isNotNegative();
            assertThat(amount.scale()).isEqualTo(2);
        });
    }

    @Property(tries = 300)
    void breakdown_never_changes_the_figures(@ForAll("inputs") CalculationInput input) {
        CalculationResult full = engine.calculate(input);
        CalculationResult fast = engine.calculateWithoutBreakdown(input);
        assertThat(fast).usingRecursiveComparison().ignoringFields("breakdown").isEqualTo(full);
    }

    // --- generators ---------------------------------------------------------------------------

    @Provide
    Arbitrary<CalculationInput> inputs() {
        Arbitrary<BigDecimal> weekly = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("4000")).ofScale(2),
                Arbitraries.of("0.00", "6.99", "7.00", "100.00", "100.01", "199.99", "200.00", "800.00", "800.01",
                        "952.38", "3000.00", "3000.01").map(BigDecimal::new));
        Arbitrary<ChildInput> child = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 366),
                Arbitraries.of(0, 51, 52, 103, 104, 155, 156, 174, 175, 366)).map(nights -> new ChildInput(null, nights));
        Arbitrary<List<ChildInput>> children = child.list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<List<ChildInput>>> families = children.list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<BenefitFlatRate> benefit = Arbitraries.of(BenefitFlatRate.class).injectNull(0.85);
        Arbitrary<NilRateCategory> nil = Arbitraries.of(NilRateCategory.class).injectNull(0.95);
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 4);
        return Combinators.combine(weekly, benefit, nil, count, count, families).as(
                (income, benefitRate, nilCategory, relevantOther, otherArrangement, parentChildren) -> {
                    List<ReceivingParentInput> parents = new ArrayList<>();
                    for (int j = 0; j < parentChildren.size(); j++) {
                        parents.add(new ReceivingParentInput("RP" + (j + 1), parentChildren.get(j)));
                    }
                    return new CalculationInput(income, null, null, benefitRate,
                            benefitRate == null ? nilCategory : null, relevantOther, otherArrangement, parents, false);
                });
    }

    @Provide
    Arbitrary<List<Integer>> childCounts() {
        return Arbitraries.integers().between(1, 5).list().ofMinSize(1).ofMaxSize(6);
    }

    // --- helpers ------------------------------------------------------------------------------

    /** The para 7(7) floor shows as "minimum applied" with a total of exactly £7.00. */
    private static boolean hitAggregateMinimum(CalculationResult result) {
        return result.minimumApplied() && result.totalWeekly().compareTo(SEVEN) == 0;
    }

    private static boolean hasSharedCare(CalculationInput input) {
        return input.receivingParents().stream().flatMap(parent -> parent.children().stream())
                .anyMatch(child -> child.sharedCareNights() >= 52);
    }

    private static BigDecimal weeklyIncome(CalculationInput input) {
        return input.grossWeeklyIncome();
    }

    private static CalculationInput withWeeklyIncome(CalculationInput input, BigDecimal income) {
        return Inputs.withIncome(input, income.toPlainString(), null, null);
    }

    /** Adds nights to one child, chosen by {@code pick}, capped at 366. */
    private static CalculationInput withMoreNights(CalculationInput input, int pick, int extra) {
        List<ReceivingParentInput> parents = new ArrayList<>(input.receivingParents());
        int parentIndex = pick % parents.size();
        ReceivingParentInput parent = parents.get(parentIndex);
        List<ChildInput> children = new ArrayList<>(parent.children());
        int childIndex = (pick / parents.size()) % children.size();
        int nights = Math.min(366, children.get(childIndex).sharedCareNights() + extra);
        children.set(childIndex, new ChildInput(null, nights));
        parents.set(parentIndex, new ReceivingParentInput(parent.id(), children));
        return Inputs.withParents(input, parents);
    }
}
