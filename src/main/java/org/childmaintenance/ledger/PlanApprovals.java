package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 15 (LC-12.3): arrears plans a caseworker set or changed above the approval limit, waiting for a
 * different caseworker. Approved, the plan goes through the usual rules and takes effect (the paying parent
 * sees it only then); turned down, nothing changes. Nobody approves their own plan.
 */
@Service
@PreAuthorize("hasRole('CASEWORKER')")
public class PlanApprovals {
    /** A plan waiting for approval: {@code kind} AGREE (a first plan) or CHANGE (replacing the plan in force). */
    public record PendingPlan(long id, long caseId, String kind, BigDecimal amount, PlanFrequency frequency,
                              LocalDate firstDate, BigDecimal arrears, @Nullable String reason, boolean mine,
                              Instant requestedAt) {
    }

    private final PlanHolds holds;
    private final LedgerService ledger;
    private final ArrearsPlans plans;
    private final LedgerParties parties;
    private final AccessService access;
    private final AuditService audit;

    PlanApprovals(PlanHolds holds, LedgerService ledger, ArrearsPlans plans, LedgerParties parties, AccessService access,
                  AuditService audit) {
        this.holds = holds;
        this.ledger = ledger;
        this.plans = plans;
        this.parties = parties;
        this.access = access;
        this.audit = audit;
    }

    /** Arrears covered above this need a second caseworker's approval. */
    public BigDecimal approvalLimit() {
        return holds.limit();
    }

    /** Plans waiting for approval, oldest first. */
    @Transactional(readOnly = true)
    public List<PendingPlan> pending() {
        Long me = parties.actorId();
        return holds.pending().stream().map(r -> new PendingPlan(r.id(), r.caseId(), r.kind(), r.amount(), r.frequency(),
                r.firstDate(), r.arrears(), r.reason(), me != null && me == r.requestedBy(), r.requestedAt())).toList();
    }

    /** A different caseworker approves: the plan takes effect now (or the rules' error is shown and it keeps waiting). */
    @Transactional
    public void approvePlan(long planId) {
        PlanHolds.PlanRequest r = holds.pending(planId).orElseThrow(() -> new UserFacingException("ledger.error.planNotPending"));
        access.requireCaseAccess(r.caseId(), CaseAction.MANAGE);
        long me = Objects.requireNonNull(parties.actorId());
        if (r.requestedBy() == me) {
            throw new UserFacingException("ledger.error.ownPlanApproval");
        }
        if (!holds.decide(planId, "APPROVED", me)) {
            throw new UserFacingException("ledger.error.planNotPending");
        }
        int instalments = holds.approving(() -> PlanHolds.AGREE.equals(r.kind())
                ? ledger.agreeArrearsPlan(r.caseId(), r.amount(), r.firstDate())
                : plans.change(r.caseId(), r.amount(), r.frequency(), r.firstDate(), r.reason()));
        audit.record("LEDGER_ARREARS_PLAN_APPROVED", "case", Long.toString(r.caseId()),
                "plan request " + planId + " asked by " + r.requestedBy() + ": " + instalments + " x " + r.amount());
    }

    /** A different caseworker turns it down, or the one who asked withdraws it; nothing changes. */
    @Transactional
    public void rejectPlan(long planId) {
        PlanHolds.PlanRequest r = holds.pending(planId).orElseThrow(() -> new UserFacingException("ledger.error.planNotPending"));
        access.requireCaseAccess(r.caseId(), CaseAction.MANAGE);
        if (!holds.decide(planId, "REJECTED", Objects.requireNonNull(parties.actorId()))) {
            throw new UserFacingException("ledger.error.planNotPending");
        }
        audit.record("LEDGER_ARREARS_PLAN_REJECTED", "case", Long.toString(r.caseId()), "plan request " + planId);
    }
}
