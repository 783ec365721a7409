package org.childmaintenance.ledger;

/** What a ledger transaction records. */
public enum TxType {
    MAINTENANCE_DUE, PAYMENT_RECEIVED, DIRECT_PAYMENT_CONFIRMED, PASSED_ON, ENFORCEMENT_CHARGE, ADJUSTMENT,
    WRITE_OFF, REVERSAL,
    /** A discretionary consolatory payment to a complainant (LC-15.2): the service's money, not child maintenance. */
    CONSOLATORY_PAYMENT
}
