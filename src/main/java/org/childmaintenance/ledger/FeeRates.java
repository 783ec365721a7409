package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Collection fee rates as dated configuration (LC-7.6: the announced 2 %/2 %/20 % reform can be
 * added as a new row). Collect & Pay only: the paying parent pays the PP rate on top of each amount
 * due, the receiving parent has the RP rate taken from what is collected for them (LC-8.2).
 */
public record FeeRates(LocalDate from, BigDecimal payingParentRate, BigDecimal receivingParentRate) {
    private static final List<FeeRates> HISTORY = List.of(
            new FeeRates(LocalDate.of(2014, 8, 11), new BigDecimal("0.20"), new BigDecimal("0.04")));

    /** The rates in force on a date (none before collection fees began: zero). */
    public static FeeRates on(LocalDate date) {
        FeeRates found = new FeeRates(LocalDate.MIN, BigDecimal.ZERO, BigDecimal.ZERO);
        for (FeeRates r : HISTORY) {
            if (!r.from.isAfter(date)) {
                found = r;
            }
        }
        return found;
    }

    public BigDecimal payingParentFee(BigDecimal amountDue) {
        return Money.percent(amountDue, payingParentRate);
    }

    public BigDecimal receivingParentFee(BigDecimal collected) {
        return Money.percent(collected, receivingParentRate);
    }
}
