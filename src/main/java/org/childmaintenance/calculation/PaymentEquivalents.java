package org.childmaintenance.calculation;

import java.math.BigDecimal;

/**
 * A weekly amount as payment instalments (calculation.md step 11; Collection Regs 1992 reg 4):
 * fortnightly = 2W, four-weekly = 4W, monthly = W × 52 / 12 rounded half-up to the penny.
 * Any rounding difference over the 52-week reference period is settled in the last instalment.
 */
public record PaymentEquivalents(BigDecimal weekly, BigDecimal fortnightly, BigDecimal fourWeekly, BigDecimal monthly) {

    static PaymentEquivalents of(BigDecimal weekly) {
        return new PaymentEquivalents(
                weekly,
                weekly.multiply(Money.TWO),
                weekly.multiply(Money.FOUR),
                Money.monthlyEquivalent(weekly));
    }
}
