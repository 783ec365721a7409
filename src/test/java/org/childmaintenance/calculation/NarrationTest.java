package org.childmaintenance.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NarrationTest {

    @Test
    void writes_money_with_pound_sign_thousands_separators_and_pence() {
        assertThat(Narration.money(new BigDecimal("0.00"))).isEqualTo("£0.00");
        assertThat(Narration.money(new BigDecimal("7"))).isEqualTo("£7.00");
        assertThat(Narration.money(new BigDecimal("999.99"))).isEqualTo("£999.99");
        assertThat(Narration.money(new BigDecimal("1250.00"))).isEqualTo("£1,250.00");
        assertThat(Narration.money(new BigDecimal("26000.00"))).isEqualTo("£26,000.00");
        assertThat(Narration.money(new BigDecimal("99999999.99"))).isEqualTo("£99,999,999.99");
        assertThat(Narration.money(new BigDecimal("-4.00"))).isEqualTo("−£4.00");
    }

    @Test
    void writes_unrounded_figures_in_full_and_fractions_in_lowest_terms() {
        assertThat(Narration.exact(new BigDecimal("96.0009"))).isEqualTo("£96.0009");
        assertThat(Narration.exact(new BigDecimal("96.0000"))).isEqualTo("£96.00");
        assertThat(Narration.fraction(4, 2)).isEqualTo("1/7");
        assertThat(Narration.fraction(7, 1)).isEqualTo("1/2");
        assertThat(Narration.fraction(9, 3)).isEqualTo("3/14");
        assertThat(Narration.fraction(0, 2)).isEqualTo("none");
        assertThat(Narration.percent(new BigDecimal("0.141"))).isEqualTo("14.1%");
    }
}
