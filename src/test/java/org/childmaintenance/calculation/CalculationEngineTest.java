package org.childmaintenance.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.calculation.Inputs.parent;
import static org.childmaintenance.calculation.Inputs.weekly;
import static org.childmaintenance.calculation.Inputs.withIncome;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Behaviour the worked examples do not cover. */
class CalculationEngineTest {

    private final CalculationEngine engine = new CalculationEngine();

    @Test
    void deducts_annual_pension_contributions_before_converting_to_weekly() {
        // (26,000 − 1,000) / 365 × 7 = 479.4520… → 479.45; basic 12% = 57.534 → 57.53
        CalculationResult result = engine.calculate(withIncome(weekly("0", parent("RP1", 0)), null, "26000.00",
                "1000.00"));
        assertThat(result.grossWeeklyIncome()).isEqualByComparingTo("479.45");
        assertThat(result.weeklyRate()).isEqualTo(new BigDecimal("57.53"));
        assertThat(result.breakdown().get(0).explanation()).contains("less pension contributions of £1,000.00");
    }

    @Test
    void deducts_weekly_pension_contributions_from_weekly_income() {
        CalculationResult result = engine.calculate(withIncome(weekly("0", parent("RP1", 0)), "520.00", null, "20.00"));
        assertThat(result.grossWeeklyIncome()).isEqualTo(new BigDecimal("500.00"));
        assertThat(result.weeklyRate()).isEqualTo(new BigDecimal("60.00"));
    }

    @Test
    void pension_contributions_can_move_the_paying_parent_into_a_lower_band() {
        CalculationResult result = engine.calculate(withIncome(weekly("0", parent("RP1", 0)), "205.00", null, "10.00"));
        assertThat(result.rateBand()).isEqualTo(RateBand.REDUCED);
    }

    @Test
    void gives_fortnightly_four_weekly_and_monthly_equivalents() {
        CalculationResult result = engine.calculate(weekly("498.63", parent("RP1", 0)));
        PaymentEquivalents equivalents = result.receivingParents().get(0).equivalents();
        assertThat(equivalents.weekly()).isEqualTo(new BigDecimal("59.84"));
        assertThat(equivalents.fortnightly()).isEqualTo(new BigDecimal("119.68"));
        assertThat(equivalents.fourWeekly()).isEqualTo(new BigDecimal("239.36"));
        assertThat(equivalents.monthly()).isEqualTo(new BigDecimal("259.31"));
        assertThat(result.totalEquivalents()).isEqualTo(equivalents);
    }

    @Test
    void rounds_the_shared_care_decrease_half_up_at_an_exact_half_penny() {
        // Basic 2 children: £250.13 × 16% = £40.0208 → £40.02. Nights 175 and 0: f = (1/2 + 0) / 2 = 1/4.
        // Decrease £40.02 / 4 = £10.005 → £10.01 half-up (half-even would give £10.00); less £7 → £23.01.
        CalculationResult result = engine.calculate(weekly("250.13", parent("RP1", 175, 0)));
        assertThat(result.weeklyRate()).isEqualTo(new BigDecimal("40.02"));
        assertThat(result.totalWeekly()).isEqualTo(new BigDecimal("23.01"));
    }

    @Test
    void aggregate_minimum_can_raise_one_receiving_parents_amount_when_nights_go_up() {
        // Para 7(7) shares the £7 by number of children, not by care, so a receiving parent can gain
        // when shared care rises. Reduced rate £17.85 shared £4.46 / £13.39.
        // Before: RPB £13.39 − £2.87 (9/42) − £7 = £3.52; total £7.98, no minimum.
        // After: RPB £13.39 − £4.46 (1/3) − £14 → £0.00; total £4.46 → £7 minimum: RPA £1.75, RPB £5.25.
        CalculationResult before = engine.calculate(weekly("135.00", parent("RPA", 0), parent("RPB", 175, 52, 0)));
        CalculationResult after = engine.calculate(weekly("135.00", parent("RPA", 0), parent("RPB", 175, 175, 0)));
        assertThat(before.minimumApplied()).isFalse();
        assertThat(before.receivingParents().get(1).weeklyAmount()).isEqualTo(new BigDecimal("3.52"));
        assertThat(after.minimumApplied()).isTrue();
        assertThat(after.receivingParents().get(1).weeklyAmount()).isEqualTo(new BigDecimal("5.25"));
        assertThat(after.totalWeekly()).isLessThan(before.totalWeekly());
    }

    @Test
    void apportionment_gives_remaining_pennies_to_the_largest_remainders_first_listed_on_ties() {
        assertThat(WeeklyCalculation.apportion(new BigDecimal("95.00"), new int[] {1, 1, 1}, 3))
                .containsExactly(new BigDecimal("31.67"), new BigDecimal("31.67"), new BigDecimal("31.66"));
        assertThat(WeeklyCalculation.apportion(new BigDecimal("0.05"), new int[] {1, 2, 1}, 4))
                .containsExactly(new BigDecimal("0.01"), new BigDecimal("0.03"), new BigDecimal("0.01"));
    }
}
