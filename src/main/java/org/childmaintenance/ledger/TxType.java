package org.childmaintenance.ledger;

/** What a ledger transaction records. */
public enum TxType {
    MAINTENANCE_DUE, PAYMENT_RECEIVED, DIRECT_PAYMENT_CONFIRMED, PASSED_ON, ENFORCEMENT_CHARGE, ADJUSTMENT,
    WRITE_OFF, REVERSAL,
    /** A discretionary consolatory payment to a complainant (LC-15.2): the service's money, not child maintenance. */
    CONSOLATORY_PAYMENT,
    /** An old-scheme case's arrears moved into this case's ledger when the old case ended (issue 16). */
    LEGACY_ARREARS_MOVED_IN
}
