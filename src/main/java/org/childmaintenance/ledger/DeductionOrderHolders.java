package org.childmaintenance.ledger;

/**
 * Answered by the employer feature (the ledger cannot see orders): whether an organisation holds a deduction
 * from earnings order on a case. {@link EmployerPayments} asks it before an employer's money is posted.
 */
public interface DeductionOrderHolders {
    boolean holdsOrder(long organisationId, long caseId);
}
