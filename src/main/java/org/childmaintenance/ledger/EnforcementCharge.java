package org.childmaintenance.ledger;

import java.math.BigDecimal;

/** Enforcement fees charged to the paying parent when the action is taken (LC-8.3, since 2014). */
public enum EnforcementCharge {
    DEDUCTION_FROM_EARNINGS_ORDER("50.00"),
    DEDUCTION_FROM_EARNINGS_REQUEST("50.00"),
    REGULAR_DEDUCTION_ORDER("50.00"),
    LUMP_SUM_DEDUCTION_ORDER("200.00"),
    LIABILITY_ORDER("300.00");

    private final BigDecimal amount;

    EnforcementCharge(String amount) {
        this.amount = new BigDecimal(amount);
    }

    public BigDecimal amount() {
        return amount;
    }
}
