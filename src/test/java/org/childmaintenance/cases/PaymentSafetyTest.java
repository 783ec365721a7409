package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A safety concern means Collect and Pay only: Direct Pay is not offered (LC-7.5, LC-17.5). */
class PaymentSafetyTest {

    @Test
    void with_a_safety_concern_only_collect_and_pay_is_offered() {
        assertThat(PaymentSafety.offered(true)).containsExactly(ServiceType.COLLECT_AND_PAY);
        assertThat(PaymentSafety.directPayOffered(true)).isFalse();
        assertThat(PaymentSafety.serviceTypeFor(true, ServiceType.DIRECT_PAY)).isEqualTo(ServiceType.COLLECT_AND_PAY);
    }

    @Test
    void without_one_both_ways_are_offered_and_the_choice_stands() {
        assertThat(PaymentSafety.offered(false)).containsExactly(ServiceType.DIRECT_PAY, ServiceType.COLLECT_AND_PAY);
        assertThat(PaymentSafety.serviceTypeFor(false, ServiceType.DIRECT_PAY)).isEqualTo(ServiceType.DIRECT_PAY);
    }

    @Test
    void a_direct_pay_choice_made_before_a_safety_concern_is_withdrawn() {
        assertThat(PaymentSafety.choiceWithdrawn(true, ServiceType.DIRECT_PAY)).isTrue();
        assertThat(PaymentSafety.choiceWithdrawn(true, ServiceType.COLLECT_AND_PAY)).isFalse();
        assertThat(PaymentSafety.choiceWithdrawn(false, ServiceType.DIRECT_PAY)).isFalse();
        assertThat(PaymentSafety.choiceWithdrawn(true, null)).isFalse();
    }

    @Test
    void on_a_case_domestic_abuse_or_anyone_flagged_rules_out_direct_pay() {
        assertThat(PaymentSafety.directPayAllowedOnCase(false, false)).isTrue();
        assertThat(PaymentSafety.directPayAllowedOnCase(true, false)).isFalse();
        assertThat(PaymentSafety.directPayAllowedOnCase(false, true)).isFalse();
    }
}
