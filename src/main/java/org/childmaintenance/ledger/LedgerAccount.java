package org.childmaintenance.ledger;

/**
 * The accounts of one case's ledger. Debits are positive amounts, credits negative; every
 * transaction sums to zero, so the balances of all accounts together are always zero.
 */
public enum LedgerAccount {
    /** What the paying parent owes in maintenance (debit balance; credit = paid in advance). */
    PP_MAINTENANCE,
    /** Collection fees the paying parent owes (Collect & Pay: 20 % on top). */
    PP_FEES,
    /** Enforcement charges the paying parent owes. */
    PP_CHARGES,
    /** Maintenance owed to the receiving parent and not yet collected or paid to them (credit balance). */
    RP_ENTITLEMENT,
    /** Collect & Pay: maintenance collected and not yet passed on to the receiving parent. */
    HELD_FOR_RP,
    /** The service's client bank account: money in (debit), money paid out (credit). */
    CMS_BANK,
    /** The service's fee and charge income (credit balance). */
    FEE_INCOME,
    /**
     * Arrears from an old-scheme (1993/2003) case the paying parent still owes, kept apart from
     * new-scheme arrears and paid after ongoing maintenance (debit balance).
     */
    LEGACY_PP_ARREARS,
    /** Those old-scheme arrears as owed to the receiving parent, not yet collected (credit balance). */
    LEGACY_RP_OWED
}
