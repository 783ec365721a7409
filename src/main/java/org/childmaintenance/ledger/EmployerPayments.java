package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Posts money an employer paid over under a deduction from earnings order into a case's ledger
 * (employer feature, LC-13.5). The employer feature has already checked that the order belongs to
 * the signed-in admin's organisation; the ledger checks again (through {@link DeductionOrderHolders})
 * and records the admin as the actor. The payment reference makes it idempotent: the same reference
 * twice posts once.
 */
@Component
public class EmployerPayments {
    private final LedgerService ledger;
    private final LedgerStore store;

    EmployerPayments(LedgerService ledger, LedgerStore store) {
        this.ledger = ledger;
        this.store = store;
    }

    /** Whether the ledger holds a schedule for the case (payments can only be posted to one that does). */
    public boolean knowsCase(long caseId) {
        return store.findCase(caseId).isPresent();
    }

    /**
     * Posts one employee's share of a remittance as the signed-in admin (the ledger records them as the
     * actor and checks their organisation holds an order on the case); false when the reference was
     * already posted.
     */
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public boolean postDeduction(long caseId, LocalDate paidOn, BigDecimal amount, String reference) {
        return ledger.postForEmployer(caseId, paidOn, amount, reference) == LedgerService.PostOutcome.ACCEPTED;
    }
}
