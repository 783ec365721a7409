package org.childmaintenance.ledger;

/** What a ledger transaction records. */
public enum TxType {
    MAINTENANCE_DUE, PAYMENT_RECEIVED, DIRECT_PAYMENT_CONFIRMED, PASSED_ON, ENFORCEMENT_CHARGE, ADJUSTMENT,
    WRITE_OFF, REVERSAL
}
