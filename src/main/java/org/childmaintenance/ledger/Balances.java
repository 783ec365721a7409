package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Balances of a case's accounts, derived by summing its entries (never stored). */
public record Balances(Map<LedgerAccount, BigDecimal> byAccount) {
    public Balances {
        EnumMap<LedgerAccount, BigDecimal> copy = new EnumMap<>(LedgerAccount.class);
        for (LedgerAccount a : LedgerAccount.values()) {
            copy.put(a, Money.of(byAccount.getOrDefault(a, Money.ZERO)));
        }
        byAccount = Map.copyOf(copy);
    }

    public static Balances empty() {
        return new Balances(Map.of());
    }

    public BigDecimal of(LedgerAccount account) {
        return byAccount.get(account);
    }

    public Balances plus(Posting posting) {
        EnumMap<LedgerAccount, BigDecimal> next = new EnumMap<>(byAccount);
        for (Posting.Entry e : posting.entries()) {
            next.merge(e.account(), e.amount(), BigDecimal::add);
        }
        return new Balances(next);
    }

    public BigDecimal total() {
        return byAccount.values().stream().reduce(Money.ZERO, BigDecimal::add);
    }
}
