package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the disputes feature needs from the case (LC-14): the decisions a party may challenge, who the
 * parties are, and a revision — a new decision from the challenged decision's effective date, made
 * through the usual {@link DecisionMaker} (schedule rebuilt, letters filed, both parents told).
 */
@Service
public class Revision {
    /** A decision as listed for challenge: when it was made (notified) and what it said. */
    public record DecisionSummary(long id, DecisionKind kind, LocalDate effectiveDate, BigDecimal weeklyAmount,
                                  Instant decidedAt) {
    }

    /** The two parents of a case and which one the signed-in person is (null for casework). */
    public record Parents(String caseReference, @Nullable Long payingAccountId, @Nullable Long receivingAccountId,
                          @Nullable PartyRole myRole) {
    }

    /** A decision as the reconsideration-window reminder needs it: when it was made and the parents' accounts. */
    public record NotifiedDecision(long decisionId, long caseId, Instant decidedAt, @Nullable Long payingAccountId,
                                   @Nullable Long receivingAccountId) {
    }

    /** The new decision and the case's schedule after it (the ledger corrects lines already due from it). */
    public record Revised(CaseService.DecisionView decision, List<CaseService.InstalmentView> schedule) {
    }

    private final AccessService access;
    private final CaseRepository cases;
    private final DecisionRepository decisions;
    private final PartyRepository parties;
    private final CaseParties caseParties;
    private final CaseSupport support;
    private final DecisionMaker decisionMaker;
    private final InstalmentRepository instalments;
    private final AuditService audit;

    Revision(AccessService access, CaseRepository cases, DecisionRepository decisions, PartyRepository parties,
             CaseParties caseParties, CaseSupport support, DecisionMaker decisionMaker, InstalmentRepository instalments, AuditService audit) {
        this.access = access;
        this.cases = cases;
        this.decisions = decisions;
        this.parties = parties;
        this.caseParties = caseParties;
        this.support = support;
        this.decisionMaker = decisionMaker;
        this.instalments = instalments;
        this.audit = audit;
    }

    /** The case's decisions, newest first, for anyone who may view the case. */
    @Transactional(readOnly = true)
    public List<DecisionSummary> decisions(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return decisions.findByCaseIdOrderByEffectiveDateDescIdDesc(caseId).stream()
                .map(d -> new DecisionSummary(d.id(), d.kind(), d.effectiveDate(), d.weeklyAmount(), d.decidedAt()))
                .toList();
    }

    /**
     * Every decision made in [{@code from}, {@code to}) with its parents' accounts, for the deadline
     * reminder job (issue 11). System use only: refused to anyone signed in, so no page can list them.
     */
    @Transactional(readOnly = true)
    public List<NotifiedDecision> decidedBetween(Instant from, Instant to) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated()) {
            throw new AccessDeniedException("System use only");
        }
        return decisions.findByDecidedAtGreaterThanEqualAndDecidedAtLessThanOrderByIdAsc(from, to).stream()
                .map(d -> new NotifiedDecision(d.id(), d.caseId(), d.decidedAt(),
                        parties.findByCaseIdAndRole(d.caseId(), PartyRole.PAYING).map(Party::accountId).orElse(null),
                        parties.findByCaseIdAndRole(d.caseId(), PartyRole.RECEIVING).map(Party::accountId).orElse(null)))
                .toList();
    }

    /** The parents of the case, for someone allowed {@code action} on it. */
    @Transactional(readOnly = true)
    public Parents parents(long caseId, CaseAction action) {
        AccessService.Decision who = access.requireCaseAccess(caseId, action);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        PartyRole mine = who.asCaseworker() ? null : caseParties.partyOf(c, who).role();
        return new Parents(c.reference(),
                parties.findByCaseIdAndRole(caseId, PartyRole.PAYING).map(Party::accountId).orElse(null),
                parties.findByCaseIdAndRole(caseId, PartyRole.RECEIVING).map(Party::accountId).orElse(null), mine);
    }

    /**
     * Casework revises a decision (mandatory reconsideration or an allowed appeal): the paying parent's
     * corrected gross weekly income is used from the original decision's effective date; the rest of
     * the case's circumstances stay. Returns the new decision.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public Revised revise(long caseId, long decisionId, BigDecimal grossWeeklyIncome, String reason) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        Decision original = decisions.findById(decisionId).filter(d -> d.caseId() == caseId).orElseThrow();
        IncomeType type = c.incomeType() == IncomeType.SELF_EMPLOYED ? IncomeType.SELF_EMPLOYED : IncomeType.EMPLOYED;
        c.income(type, grossWeeklyIncome, IncomeFrequency.WEEKLY, null, null);
        DecisionMaker.Circumstances circ = DecisionMaker.Circumstances.of(c);
        DecisionMaker.Calculated calc = decisionMaker.calculate(circ,
                support.qualifying(caseId, original.effectiveDate()));
        Decision d = decisionMaker.decide(c, DecisionKind.CHANGE, original.effectiveDate(), reason,
                CaseSupport.actor(who), calc, false);
        audit.record("CASE_DECISION_REVISED", "case", Long.toString(caseId), decisionId + " -> " + d.id());
        return new Revised(support.view(d), instalments.findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(caseId)
                .stream().map(CaseSupport::view).toList());
    }
}
