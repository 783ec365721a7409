package org.childmaintenance.ledger;

/**
 * What the ledger asks before it takes money an employer paid over (SPI, implemented by the
 * employer feature): whether an organisation holds a deduction from earnings order on a case. The
 * ledger itself knows no orders; with no implementation, no employer can post.
 */
public interface DeductionOrderHolders {
    /** True when {@code organisationId} holds (or held) a deduction from earnings order on {@code caseId}. */
    boolean holdsOrder(long organisationId, long caseId);
}
