package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Posts money an employer paid over under a deduction from earnings order into a case's ledger
 * (employer feature, LC-13.5). The employer feature has already checked that the order belongs to
 * the signed-in admin's organisation; the posting itself is the ledger's system posting, so the
 * payment reference makes it idempotent: the same reference twice posts once.
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

    /** Posts one employee's share of a remittance; false when the reference was already posted. */
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public boolean postDeduction(long caseId, LocalDate paidOn, BigDecimal amount, String reference) {
        Authentication employer = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        try {
            return ledger.postAsSystem(caseId, paidOn, amount, reference) == LedgerService.PostOutcome.ACCEPTED;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(employer);
        }
    }
}
