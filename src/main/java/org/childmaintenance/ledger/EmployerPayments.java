package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Posts money an employer paid over under a deduction from earnings order into a case's ledger
 * (employer feature, LC-13.5). Only an admin of the organisation that holds an order on the case may
 * post to it: the ledger checks that itself ({@link DeductionOrderHolders}), whatever the caller checked.
 * The posting is the ledger's system posting, so the payment reference makes it idempotent: the same
 * reference twice posts once.
 */
@Component
public class EmployerPayments {
    private final LedgerService ledger;
    private final LedgerStore store;
    private final CurrentUser currentUser;
    private final DeductionOrderHolders holders;

    EmployerPayments(LedgerService ledger, LedgerStore store, CurrentUser currentUser, DeductionOrderHolders holders) {
        this.ledger = ledger;
        this.store = store;
        this.currentUser = currentUser;
        this.holders = holders;
    }

    /** Whether the ledger holds a schedule for the case (payments can only be posted to one that does). */
    public boolean knowsCase(long caseId) {
        return store.findCase(caseId).isPresent();
    }

    /**
     * Posts one employee's share of a remittance; false when the reference was already posted. Refused unless
     * the signed-in admin's organisation holds an order on the case.
     */
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public boolean postDeduction(long caseId, LocalDate paidOn, BigDecimal amount, String reference) {
        PortalUser admin = currentUser.require();
        if (admin.organisationId() == null || !holders.holdsOrder(admin.organisationId(), caseId)) {
            throw new AccessDeniedException("No deduction order of this organisation on this case");
        }
        Authentication employer = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        try {
            return ledger.postAsSystem(caseId, paidOn, amount, reference) == LedgerService.PostOutcome.ACCEPTED;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(employer);
        }
    }
}
