package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A transaction about to be written: balanced entries plus what makes it unique. The constructor
 * refuses anything that does not balance, so an unbalanced transaction cannot reach the database.
 */
public record Posting(TxType type, LocalDate effectiveDate, String idempotencyKey, String externalReference,
                      Long obligationId, Long relatedTransactionId, String description, List<Entry> entries) {

    public Posting {
        Objects.requireNonNull(type);
        Objects.requireNonNull(effectiveDate);
        Objects.requireNonNull(idempotencyKey);
        entries = entries.stream().filter(e -> e.amount().signum() != 0).toList();
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A transaction needs entries");
        }
        BigDecimal sum = entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() != 0) {
            throw new IllegalStateException("Unbalanced transaction " + idempotencyKey + ": " + entries);
        }
    }

    /** One line of a transaction: debit (positive) or credit (negative) on an account. */
    public record Entry(LedgerAccount account, BigDecimal amount) {
        public Entry {
            Objects.requireNonNull(account);
            amount = Money.of(amount);
        }

        static Entry debit(LedgerAccount account, BigDecimal amount) {
            return new Entry(account, amount);
        }

        static Entry credit(LedgerAccount account, BigDecimal amount) {
            return new Entry(account, amount.negate());
        }
    }

    public BigDecimal amountOn(LedgerAccount account) {
        return entries.stream().filter(e -> e.account() == account).map(Entry::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }
}
