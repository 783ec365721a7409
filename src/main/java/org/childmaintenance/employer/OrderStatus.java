package org.childmaintenance.employer;

/** Where a deduction from earnings order stands. ACTIVE and VARIED are in force; the rest have ended. */
public enum OrderStatus {
    ACTIVE, VARIED, DISCHARGED, ENDED_LEFT, ENDED_NOT_EMPLOYEE;

    public boolean inForce() {
        return this == ACTIVE || this == VARIED;
    }
}
