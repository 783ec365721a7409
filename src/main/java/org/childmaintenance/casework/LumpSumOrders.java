package org.childmaintenance.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.ledger.LedgerService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lump sum deduction order in two stages (LC-12.4): taken as an interim order (the account is frozen up
 * to the order's amount, its £200 charge posted as for any step), then made final by casework — the amount
 * deducted, at most the frozen amount, posted to the ledger as a payment — or ended (the freeze lifted).
 * Either way the step ends, so the one-action-at-a-time rule holds throughout.
 */
@Service
public class LumpSumOrders {
    private final EnforcementRepository actions;
    private final Revision cases;
    private final LedgerService ledger;
    private final AuditService audit;
    private final Clock clock;

    LumpSumOrders(EnforcementRepository actions, Revision cases, LedgerService ledger, AuditService audit, Clock clock) {
        this.actions = actions;
        this.cases = cases;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes an interim lump sum order final: {@code amount} is deducted and posted; the step ends. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void makeFinal(long actionId, @Nullable String amount, @Nullable String reason) {
        EnforcementAction a = actions.findById(actionId)
                .filter(x -> x.status() == EnforcementAction.Status.ACTIVE
                        && x.lsdoStage() == EnforcementAction.LsdoStage.INTERIM)
                .orElseThrow(() -> new UserFacingException("desk.error.notInterimLumpSum"));
        String reference = cases.parents(a.caseId(), CaseAction.MANAGE).caseReference();
        List<FieldError> errors = new ArrayList<>();
        BigDecimal deducted = EnforcementRules.positive(amount, "final-amount", errors);
        if (deducted != null && deducted.signum() < 0) {
            errors.add(new FieldError("final-amount", "desk.error.amountZero"));
        } else if (deducted != null && a.lumpSum() != null && deducted.compareTo(a.lumpSum()) > 0) {
            errors.add(new FieldError("final-amount", "desk.error.overFrozen"));
        }
        String why = EnforcementRules.text(reason, "end-reason", errors);
        if (why.isEmpty()) {
            errors.add(new FieldError("end-reason", "desk.error.reason"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        String paymentReference = "LSDO-" + a.id();
        LocalDate today = LocalDate.now(clock);
        ledger.postPayment(reference, today, deducted, paymentReference);
        a.madeFinal(deducted, paymentReference, today, why);
        audit.record("CASEWORK_ENFORCEMENT_LSDO_FINAL", "case", Long.toString(a.caseId()),
                "deducted " + deducted.toPlainString() + " of " + a.lumpSum() + ": " + why);
    }
}
