package org.childmaintenance.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.calculation.EstimateAnswers.IncomePeriod;
import org.junit.jupiter.api.Test;

/** The calculator's checks on typed income and number of children (moved here from the estimate page). */
class EstimateAnswersCheckTest {

    private static void refused(Runnable check, String field, String key) {
        assertThatThrownBy(check::run).isInstanceOf(UserFacingException.class).hasMessage(key)
                .extracting(e -> ((UserFacingException) e).fieldErrors().getFirst().field()).isEqualTo(field);
    }

    @Test
    void income_is_read_as_pounds_and_pence() {
        assertThat(EstimateAnswers.income("£1,250.5", IncomePeriod.MONTH)).isEqualTo(new BigDecimal("1250.50"));
        assertThat(EstimateAnswers.income("0", null)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void income_problems_have_their_own_messages() {
        refused(() -> EstimateAnswers.income(" ", IncomePeriod.WEEK), "income", "estimate.income.error.missing");
        refused(() -> EstimateAnswers.income("lots", IncomePeriod.WEEK), "income", "estimate.income.error.format");
        refused(() -> EstimateAnswers.income("-5", IncomePeriod.WEEK), "income", "estimate.income.error.format");
        refused(() -> EstimateAnswers.income("12.345", IncomePeriod.WEEK), "income", "estimate.income.error.decimals");
        refused(() -> EstimateAnswers.income("999999999", IncomePeriod.YEAR), "income", "estimate.income.error.tooLarge");
    }

    @Test
    void income_the_engine_would_refuse_is_refused_on_the_page_instead() {
        // 9,000,000 a month is 108,000,000 a year: over the engine's limit once made yearly.
        assertThat(EstimateAnswers.income("9000000", IncomePeriod.WEEK)).isEqualTo(new BigDecimal("9000000.00"));
        refused(() -> EstimateAnswers.income("9000000", IncomePeriod.MONTH), "income", "estimate.income.error.tooLarge");
    }

    @Test
    void children_are_a_whole_number_from_1_to_the_limit() {
        assertThat(EstimateAnswers.children(" 3 ")).isEqualTo(3);
        assertThat(EstimateAnswers.children("20")).isEqualTo(EstimateAnswers.MAX_CHILDREN);
        refused(() -> EstimateAnswers.children(""), "children", "estimate.children.error.missing");
        refused(() -> EstimateAnswers.children("0"), "children", "estimate.children.error.range");
        refused(() -> EstimateAnswers.children("21"), "children", "estimate.children.error.range");
        refused(() -> EstimateAnswers.children("two"), "children", "estimate.children.error.range");
    }
}
