package org.childmaintenance.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The dates of LC-14 and LC-15: 30 days to ask for a reconsideration, 14 days for the other parent's
 * points, one calendar month to appeal, 15 working days to answer a complaint.
 */
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

    @Test
    void the_other_parent_has_fourteen_days_for_their_points() {
        assertThat(DisputeRules.lastDayForPoints(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void a_complaint_target_skips_easter_and_the_may_bank_holidays() {
        // Thursday 26 March 2026: Good Friday (3 April) and Easter Monday (6 April) are not working days.
        assertThat(DisputeRules.complaintTarget(LocalDate.of(2026, 3, 26))).isEqualTo(LocalDate.of(2026, 4, 20));
        // Friday 24 April 2026: the early May (4 May) bank holiday is skipped; 15 working days end on 18 May.
        assertThat(DisputeRules.complaintTarget(LocalDate.of(2026, 4, 24))).isEqualTo(LocalDate.of(2026, 5, 18));
        // Friday 15 May 2026: the spring bank holiday (25 May) is skipped.
        assertThat(DisputeRules.complaintTarget(LocalDate.of(2026, 5, 15))).isEqualTo(LocalDate.of(2026, 6, 8));
    }
}
