package org.childmaintenance.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dates of LC-14: 30 days to ask for a reconsideration, one calendar month to appeal. */
class DisputeRulesTest {
    @Test
    void the_appeal_deadline_from_a_notice_on_31_january_is_the_end_of_february() {
        assertThat(DisputeRules.lastDayToAppeal(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(DisputeRules.lastDayToAppeal(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DisputeRules.lastDayToAppeal(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void the_last_day_to_ask_is_thirty_days_after_the_decision_was_notified() {
        assertThat(DisputeRules.lastDayToAsk(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 2));
    }
}
