package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
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
 * parties are, the circumstances a decision used, and a revision — a new decision with corrected
 * circumstances from the challenged decision's effective date, made through the usual
 * {@link DecisionMaker} (schedule rebuilt, letters filed, both parents told).
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

    /** One qualifying child and the nights a year they stay with the paying parent (shared care). */
    public record ChildNights(long childId, String name, int nights) {
    }

    /**
     * The circumstances the calculation uses, as casework sees them before correcting them: the paying
     * parent's gross weekly income the decision used (null for a flat or default rate), relevant other
     * children, children of other arrangements, and each qualifying child's shared-care nights.
     */
    public record Circumstances(@Nullable BigDecimal grossWeeklyIncome, int relevantOtherChildren,
                                int otherArrangementChildren, List<ChildNights> children) {
    }

    /**
     * What casework corrects on a revision; null (or a child not in the map) keeps what the case has.
     * Field errors: {@code grossWeeklyIncome}, {@code relevantOtherChildren}, {@code otherArrangementChildren},
     * {@code nights-<childId>}, and {@code corrections} when nothing differs from the case.
     */
    public record Corrections(@Nullable BigDecimal grossWeeklyIncome, @Nullable Integer relevantOtherChildren,
                              @Nullable Integer otherArrangementChildren, Map<Long, Integer> nightsByChild) {
        public Corrections {
            nightsByChild = Map.copyOf(nightsByChild);
        }

        /** Only the paying parent's gross weekly income is corrected. */
        public static Corrections income(@Nullable BigDecimal grossWeeklyIncome) {
            return new Corrections(grossWeeklyIncome, null, null, Map.of());
        }
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

    /** The circumstances behind a decision, from its effective date, for casework to correct. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public Circumstances circumstances(long caseId, long decisionId) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        Decision original = decisions.findById(decisionId).filter(d -> d.caseId() == caseId).orElseThrow();
        return new Circumstances(original.grossWeeklyIncome(), c.relevantOtherChildren(), c.otherArrangementChildren(),
                support.qualifying(caseId, original.effectiveDate()).stream()
                        .map(k -> new ChildNights(k.id(), k.fullName(), k.nights())).toList());
    }

    /**
     * Casework revises a decision (mandatory reconsideration or an allowed appeal, LC-14.2, LC-14.4):
     * the corrected circumstances (income, other children, shared-care nights) are used from the
     * original decision's effective date; the rest stay. A new decision of kind REVISION with
     * {@code reason}; the schedule is rebuilt and both parents are told. Refused when nothing differs.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public Revised revise(long caseId, long decisionId, Corrections corrections, String reason) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        Decision original = decisions.findById(decisionId).filter(d -> d.caseId() == caseId).orElseThrow();
        List<CaseChild> children = support.qualifying(caseId, original.effectiveDate());
        if (!RevisionRules.apply(c, children, corrections)) {
            throw UserFacingException.onField("corrections", "revision.error.noChange");
        }
        DecisionMaker.Calculated calc = decisionMaker.calculate(DecisionMaker.Circumstances.of(c), children);
        Decision d = decisionMaker.decide(c, DecisionKind.REVISION, original.effectiveDate(), reason,
                CaseSupport.actor(who), calc, false);
        audit.record("CASE_DECISION_REVISED", "case", Long.toString(caseId), decisionId + " -> " + d.id());
        return new Revised(support.view(d), instalments.findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(caseId)
                .stream().map(CaseSupport::view).toList());
    }
}
