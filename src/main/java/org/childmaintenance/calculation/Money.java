package org.childmaintenance.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money arithmetic: BigDecimal, scale 2, half-up only where calculation.md §5 says. */
final class Money {

    static final BigDecimal ZERO = new BigDecimal("0.00");
    static final BigDecimal SEVEN = new BigDecimal("7.00");
    static final BigDecimal HUNDRED = new BigDecimal("100.00");
    static final BigDecimal TWO_HUNDRED = new BigDecimal("200.00");
    static final BigDecimal EIGHT_HUNDRED = new BigDecimal("800.00");
    static final BigDecimal CAP = new BigDecimal("3000.00");
    static final BigDecimal TWO = BigDecimal.valueOf(2);
    static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal SEVEN_DAYS = BigDecimal.valueOf(7);
    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal WEEKS_IN_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal MONTHS_IN_YEAR = BigDecimal.valueOf(12);

    private Money() {
    }

    /** round2: half-up to the nearest penny. */
    static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** round2(a × b / c) computed exactly before the one rounding. */
    static BigDecimal round2(BigDecimal a, long b, long c) {
        return a.multiply(BigDecimal.valueOf(b)).divide(BigDecimal.valueOf(c), 2, RoundingMode.HALF_UP);
    }

    /** Step 1.1: weekly = round2(annual / 365 × 7). */
    static BigDecimal annualToWeekly(BigDecimal annual) {
        return annual.multiply(SEVEN_DAYS).divide(DAYS_IN_YEAR, 2, RoundingMode.HALF_UP);
    }

    /** Step 11: monthly = round2(weekly × 52 / 12). */
    static BigDecimal monthlyEquivalent(BigDecimal weekly) {
        return weekly.multiply(WEEKS_IN_YEAR).divide(MONTHS_IN_YEAR, 2, RoundingMode.HALF_UP);
    }

    static long pence(BigDecimal money) {
        return money.movePointRight(2).longValueExact();
    }

    static BigDecimal fromPence(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }
}
