package org.childmaintenance.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.ledger.LedgerQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's queue "Enforcement actions due a next step" (issue 15): an action is due when it is still
 * active, its next step's earliest date has come ({@link EnforcementRules#nextStepFrom}) and the case is
 * still in arrears. Oldest first (the longest due); a caseworker takes one with "Assign to me".
 */
@Service
@PreAuthorize("hasRole('CASEWORKER')")
public class EnforcementQueue {
    /** A line of the queue: {@code dueSince} is the next step's earliest date; {@code assignedToMe}: the one asking has it. */
    public record DueItem(long actionId, long caseId, String caseReference, EnforcementKind kind, LocalDate startedOn,
                          LocalDate dueSince, BigDecimal arrears, boolean assigned, boolean assignedToMe) {
    }

    private final EnforcementRepository actions;
    private final NextSteps nextSteps;
    private final Revision cases;
    private final LedgerQueries ledger;
    private final CurrentUser currentUser;
    private final AuditService audit;

    EnforcementQueue(EnforcementRepository actions, NextSteps nextSteps, Revision cases, LedgerQueries ledger,
                     CurrentUser currentUser, AuditService audit) {
        this.actions = actions;
        this.nextSteps = nextSteps;
        this.cases = cases;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every action due a next step, the one due longest first, with who has taken each. */
    @Transactional(readOnly = true)
    public List<DueItem> due() {
        long me = currentUser.require().accountId();
        return actions.findByStatusOrderByStartedOnAscIdAsc(EnforcementAction.Status.ACTIVE).stream()
                .map(a -> item(a, me)).filter(Objects::nonNull)
                .sorted(Comparator.comparing(DueItem::dueSince).thenComparing(DueItem::actionId)).toList();
    }

    /** "Assign to me": the signed-in caseworker takes an active enforcement action (its next step is theirs). */
    @Transactional
    public void assignToMe(long actionId) {
        EnforcementAction a = actions.findById(actionId).filter(x -> x.status() == EnforcementAction.Status.ACTIVE)
                .orElseThrow(() -> new UserFacingException("desk.error.enforcementNotActive"));
        a.assignTo(currentUser.require().accountId());
        audit.record("CASEWORK_ENFORCEMENT_ASSIGNED", "case", Long.toString(a.caseId()), a.kind() + " " + actionId);
    }

    private @Nullable DueItem item(EnforcementAction a, long me) {
        LocalDate next = nextSteps.earliest(a);
        if (next == null || !nextSteps.due(next)) {
            return null;
        }
        BigDecimal arrears = arrears(a.caseId());
        if (arrears.signum() <= 0) {
            return null;
        }
        return new DueItem(a.id(), a.caseId(), cases.parents(a.caseId(), CaseAction.MANAGE).caseReference(), a.kind(),
                a.startedOn(), next, arrears, a.assignedTo() != null, Objects.equals(a.assignedTo(), me));
    }

    private BigDecimal arrears(long caseId) {
        try {
            return ledger.casePayments(caseId).arrears();
        } catch (UserFacingException noSchedule) {
            return BigDecimal.ZERO;
        }
    }
}
