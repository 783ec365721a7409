package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pure rules of a reported change: the 25 % test (LC-10.2) and effective dates (LC-10.7). */
class ChangeRulesTest {
    private static final LocalDate REPORTED = LocalDate.of(2026, 3, 10);
    private static final LocalDate HAPPENED = LocalDate.of(2026, 2, 20);

    private static ChangeRules.IncomeTest test(String before, String after) {
        return ChangeRules.incomeTest(new BigDecimal(before), new BigDecimal(after));
    }

    @Test
    void an_income_change_of_exactly_25_percent_is_acted_on() {
        assertThat(test("400.00", "500.00")).isEqualTo(new ChangeRules.IncomeTest(true, new BigDecimal("25")));
        assertThat(test("400.00", "300.00").actedOn()).isTrue();
    }

    @Test
    void an_income_change_just_under_25_percent_waits_for_the_annual_review() {
        ChangeRules.IncomeTest t = test("400.00", "499.99");
        assertThat(t.actedOn()).isFalse();
        assertThat(t.percent().toPlainString()).isEqualTo("24"); // rounded down, never up to 25
        assertThat(test("400.00", "300.01").actedOn()).isFalse();
    }

    @Test
    void from_no_income_any_income_is_acted_on_and_none_is_not() {
        assertThat(test("0.00", "10.00")).isEqualTo(new ChangeRules.IncomeTest(true, new BigDecimal("100")));
        assertThat(test("0.00", "0.00").actedOn()).isFalse();
    }

    @Test
    void income_falling_to_nothing_is_a_100_percent_change() {
        assertThat(test("250.00", "0.00")).isEqualTo(new ChangeRules.IncomeTest(true, new BigDecimal("100")));
    }

    @Test
    void most_changes_take_effect_from_the_day_they_are_reported() {
        assertThat(ChangeRules.effectiveDate(ChangeKind.INCOME, REPORTED, HAPPENED, false, null)).isEqualTo(REPORTED);
        assertThat(ChangeRules.effectiveDate(ChangeKind.SHARED_CARE, REPORTED, null, false, null)).isEqualTo(REPORTED);
        assertThat(ChangeRules.effectiveDate(ChangeKind.CHILD_ADDED, REPORTED, null, false, null)).isEqualTo(REPORTED);
    }

    @Test
    void a_child_who_stops_qualifying_counts_from_the_day_it_happened() {
        for (ChangeKind kind : new ChangeKind[] {ChangeKind.CHILD_LEFT_EDUCATION, ChangeKind.CHILD_TURNED_20,
                ChangeKind.CHILD_LEFT_UK}) {
            assertThat(ChangeRules.effectiveDate(kind, REPORTED, HAPPENED, false, null)).as(kind.name()).isEqualTo(HAPPENED);
        }
    }

    @Test
    void starting_or_stopping_a_flat_rate_benefit_counts_from_the_day_it_happened() {
        assertThat(ChangeRules.benefitSwitch(IncomeType.EMPLOYED, IncomeType.BENEFITS)).isTrue();
        assertThat(ChangeRules.benefitSwitch(IncomeType.BENEFITS, IncomeType.EMPLOYED)).isTrue();
        assertThat(ChangeRules.benefitSwitch(IncomeType.EMPLOYED, IncomeType.SELF_EMPLOYED)).isFalse();
        assertThat(ChangeRules.effectiveDate(ChangeKind.BENEFITS, REPORTED, HAPPENED, true, null)).isEqualTo(HAPPENED);
        assertThat(ChangeRules.effectiveDate(ChangeKind.EMPLOYMENT, REPORTED, HAPPENED, true, null)).isEqualTo(HAPPENED);
    }

    @Test
    void a_change_never_takes_effect_before_the_decision_it_replaces() {
        LocalDate initial = LocalDate.of(2026, 3, 1);
        assertThat(ChangeRules.effectiveDate(ChangeKind.CHILD_TURNED_20, REPORTED, HAPPENED, false, initial))
                .isEqualTo(initial);
        assertThat(ChangeRules.effectiveDate(ChangeKind.INCOME, REPORTED, null, false, LocalDate.of(2026, 3, 12)))
                .isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void only_changes_that_can_alter_the_amount_recalculate() {
        assertThat(ChangeRules.recalculates(ChangeKind.INCOME)).isTrue();
        assertThat(ChangeRules.recalculates(ChangeKind.OTHER_CHILDREN)).isTrue();
        assertThat(ChangeRules.recalculates(ChangeKind.ADDRESS)).isFalse();
        assertThat(ChangeRules.recalculates(ChangeKind.SERVICE_TYPE)).isFalse();
        assertThat(ChangeRules.recalculates(ChangeKind.CLOSE)).isFalse();
    }
}
