package org.childmaintenance.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LC-13.2–13.4: the arithmetic of a deduction from earnings order. */
class DeductionRulesTest {
    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void gov_uk_example_order_150_net_1200_protects_720_leaves_480_and_deducts_150_plus_the_pound() {
        DeductionRules.Working w = DeductionRules.work(m("1200.00"), m("150.00"), true);
        assertThat(w.protectedEarnings()).isEqualByComparingTo("720.00");
        assertThat(w.available()).isEqualByComparingTo("480.00");
        assertThat(w.deduct()).isEqualByComparingTo("150.00");
        assertThat(w.shortfall()).isEqualByComparingTo("0.00");
        assertThat(w.reason()).isNull();
        assertThat(w.adminCharge()).isEqualByComparingTo("1.00");
        assertThat(w.totalFromPay()).isEqualByComparingTo("151.00");
    }

    @Test
    void when_the_rate_does_not_fit_within_40_percent_of_net_only_what_fits_is_deducted_and_the_shortfall_is_recorded() {
        DeductionRules.Working w = DeductionRules.work(m("300.00"), m("150.00"), false);
        assertThat(w.protectedEarnings()).isEqualByComparingTo("180.00");
        assertThat(w.deduct()).isEqualByComparingTo("120.00");
        assertThat(w.shortfall()).isEqualByComparingTo("30.00");
        assertThat(w.reason()).isEqualTo(DeductionRules.ShortfallReason.PROTECTED_EARNINGS);
        assertThat(w.adminCharge()).isEqualByComparingTo("0.00");
    }

    @Test
    void the_admin_pound_may_go_into_protected_earnings_but_is_kept_apart_from_the_deduction() {
        DeductionRules.Working w = DeductionRules.work(m("300.00"), m("150.00"), true);
        assertThat(w.deduct()).as("the service gets only what fits").isEqualByComparingTo("120.00");
        assertThat(w.adminCharge()).isEqualByComparingTo("1.00");
        assertThat(w.totalFromPay()).isEqualByComparingTo("121.00");
    }

    @Test
    void no_admin_charge_when_nothing_is_deducted() {
        DeductionRules.Working w = DeductionRules.work(m("0.00"), m("150.00"), true);
        assertThat(w.deduct()).isEqualByComparingTo("0.00");
        assertThat(w.adminCharge()).isEqualByComparingTo("0.00");
        assertThat(w.shortfall()).isEqualByComparingTo("150.00");
    }

    @Test
    void protected_earnings_are_rounded_to_the_penny_half_up() {
        DeductionRules.Working w = DeductionRules.work(m("333.33"), m("500.00"), false);
        assertThat(w.protectedEarnings()).isEqualByComparingTo("200.00"); // 199.998
        assertThat(w.available()).isEqualByComparingTo("133.33");
        assertThat(w.deduct()).isEqualByComparingTo("133.33");
        assertThat(w.shortfall()).isEqualByComparingTo("366.67");
        DeductionRules.Working odd = DeductionRules.work(m("1000.01"), m("500.00"), false);
        assertThat(odd.protectedEarnings()).isEqualByComparingTo("600.01"); // 600.006
        assertThat(odd.deduct()).isEqualByComparingTo("400.00");
    }

    @Test
    void rates_for_each_pay_frequency_come_from_the_yearly_amount() {
        // £34.62 a week = £1,800.24 a year
        Map<PayFrequency, BigDecimal> r = DeductionRules.normalRates(m("34.62"), BigDecimal.ZERO);
        assertThat(r.get(PayFrequency.WEEKLY)).isEqualByComparingTo("34.62");
        assertThat(r.get(PayFrequency.TWO_WEEKLY)).isEqualByComparingTo("69.24");
        assertThat(r.get(PayFrequency.FOUR_WEEKLY)).isEqualByComparingTo("138.48");
        assertThat(r.get(PayFrequency.MONTHLY)).isEqualByComparingTo("150.02");
    }

    @Test
    void an_arrears_element_per_month_is_spread_over_the_year_for_each_frequency() {
        Map<PayFrequency, BigDecimal> r = DeductionRules.normalRates(m("30.00"), m("26.00"));
        // 30 × 52 + 26 × 12 = 1,872 a year
        assertThat(r.get(PayFrequency.MONTHLY)).isEqualByComparingTo("156.00");
        assertThat(r.get(PayFrequency.WEEKLY)).isEqualByComparingTo("36.00");
        assertThat(r.get(PayFrequency.TWO_WEEKLY)).isEqualByComparingTo("72.00");
        assertThat(r.get(PayFrequency.FOUR_WEEKLY)).isEqualByComparingTo("144.00");
    }

    @Test
    void deductions_are_due_from_seven_days_after_service_but_not_before_the_order_takes_effect() {
        assertThat(DeductionRules.firstDeductionDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1)))
                .isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(DeductionRules.firstDeductionDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)))
                .isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void payment_is_due_by_the_19th_of_the_month_after_the_deduction() {
        assertThat(DeductionRules.remittanceDue(YearMonth.of(2026, 9))).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(DeductionRules.remittanceDue(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(DeductionRules.leaverReportDue(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 12, 5));
    }
}
