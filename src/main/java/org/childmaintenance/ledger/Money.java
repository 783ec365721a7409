package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Pounds and pence: BigDecimal with scale 2, rounded half up where a rate is applied. */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /** The amount with exactly two decimals; refuses fractions of a penny. */
    public static BigDecimal of(BigDecimal amount) {
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amounts are in whole pence: " + amount, e);
        }
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    /** {@code amount × rate}, to the nearest penny (half up). */
    public static BigDecimal percent(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal positive(BigDecimal a) {
        return a.signum() > 0 ? a : ZERO;
    }
}
