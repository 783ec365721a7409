package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.childmaintenance.base.MoneyText.InvalidMoneyException;
import org.childmaintenance.base.MoneyText.Problem;
import org.junit.jupiter.api.Test;

class MoneyTextTest {

    @Test
    void formats_pounds_with_thousands_separators_and_pence() {
        assertThat(MoneyText.format(new BigDecimal("0"))).isEqualTo("£0.00");
        assertThat(MoneyText.format(new BigDecimal("7"))).isEqualTo("£7.00");
        assertThat(MoneyText.format(new BigDecimal("1234.5"))).isEqualTo("£1,234.50");
        assertThat(MoneyText.format(new BigDecimal("123456.78"))).isEqualTo("£123,456.78");
        assertThat(MoneyText.format(new BigDecimal("99999999.99"))).isEqualTo("£99,999,999.99");
        assertThat(MoneyText.format(new BigDecimal("-4.00"))).isEqualTo("−£4.00");
        assertThat(MoneyText.format(null)).isEmpty();
    }

    @Test
    void formats_fractions_of_a_penny_to_the_nearest_penny() {
        assertThat(MoneyText.format(new BigDecimal("96.005"))).isEqualTo("£96.01");
        assertThat(MoneyText.format(new BigDecimal("-0.001"))).isEqualTo("£0.00");
    }

    @Test
    void reads_money_as_people_type_it() {
        assertThat(MoneyText.parse("300")).isEqualTo(new BigDecimal("300.00"));
        assertThat(MoneyText.parse("£300")).isEqualTo(new BigDecimal("300.00"));
        assertThat(MoneyText.parse(" £ 1,250.5 ")).isEqualTo(new BigDecimal("1250.50"));
        assertThat(MoneyText.parse("1250.50")).isEqualTo(new BigDecimal("1250.50"));
        assertThat(MoneyText.parse("1 250")).isEqualTo(new BigDecimal("1250.00"));
        assertThat(MoneyText.parse("1,234,567.00")).isEqualTo(new BigDecimal("1234567.00"));
        assertThat(MoneyText.parse("0")).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void what_it_reads_it_writes_back_the_same() {
        for (String typed : new String[] {"£0.01", "£12.00", "£1,234.50", "£999,999,999.99"}) {
            assertThat(MoneyText.format(MoneyText.parse(typed))).isEqualTo(typed);
        }
    }

    @Test
    void refuses_bad_input_with_a_specific_problem() {
        assertProblem(null, Problem.MISSING);
        assertProblem("  ", Problem.MISSING);
        assertProblem("ten pounds", Problem.NOT_MONEY);
        assertProblem("12.", Problem.NOT_MONEY);
        assertProblem("1,2", Problem.NOT_MONEY);
        assertProblem("1,25.00", Problem.NOT_MONEY);
        assertProblem("£", Problem.NOT_MONEY);
        assertProblem("12£", Problem.NOT_MONEY);
        assertProblem("1e5", Problem.NOT_MONEY);
        assertProblem("-5", Problem.NEGATIVE);
        assertProblem("£-5.00", Problem.NEGATIVE);
        assertProblem("−£5", Problem.NEGATIVE);
        assertProblem("12.345", Problem.TOO_MANY_DECIMALS);
        assertProblem("1000000000", Problem.TOO_LARGE);
        assertProblem("9".repeat(5000), Problem.TOO_LARGE);
    }

    @Test
    void try_parse_and_problem_give_the_same_answer_without_throwing() {
        assertThat(MoneyText.tryParse("£5")).contains(new BigDecimal("5.00"));
        assertThat(MoneyText.tryParse("five")).isEmpty();
        assertThat(MoneyText.problem("£5")).isEmpty();
        assertThat(MoneyText.problem("")).contains(Problem.MISSING);
        assertThat(Problem.TOO_MANY_DECIMALS.messageKey()).isEqualTo("money.error.decimals");
    }

    private static void assertProblem(String typed, Problem expected) {
        assertThatThrownBy(() -> MoneyText.parse(typed))
                .isInstanceOf(InvalidMoneyException.class)
                .extracting(e -> ((InvalidMoneyException) e).problem()).isEqualTo(expected);
    }
}
