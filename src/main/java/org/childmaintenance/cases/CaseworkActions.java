package org.childmaintenance.cases;

import java.util.List;
import java.util.Map;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseService.CaseworkItem;
import org.childmaintenance.cases.CaseService.CaseworkQueues;
import org.childmaintenance.cases.CaseService.DecisionView;
import org.childmaintenance.cases.CaseService.ParentageOutcome;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What caseworkers do on a case: their queues, recording that the other parent was found, a posted
 * activation letter, settling parentage, the default rate and moving the service type.
 */
@Service
public class CaseworkActions {
    private final CaseRepository cases;
    private final ChangeRepository changes;
    private final DecisionMaker decisionMaker;
    private final OtherParentLink link;
    private final CaseClosure closure;
    private final CaseParties caseParties;
    private final CaseSupport support;
    private final AccessService access;
    private final AuditService audit;
    private final String baseUrl;

    CaseworkActions(CaseRepository cases, ChangeRepository changes, DecisionMaker decisionMaker, OtherParentLink link,
                    CaseClosure closure, CaseParties caseParties, CaseSupport support, AccessService access,
                    AuditService audit, @Value("${portal.base-url}") String baseUrl) {
        this.cases = cases;
        this.changes = changes;
        this.decisionMaker = decisionMaker;
        this.link = link;
        this.closure = closure;
        this.caseParties = caseParties;
        this.support = support;
        this.access = access;
        this.audit = audit;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Cases waiting for a caseworker: other parent not found, parentage disputed, details overdue, closure asked for. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public CaseworkQueues caseworkQueues() {
        List<CaseworkItem> closures = changes.findByOutcomeOrderByReportedAt(ChangeRecord.Outcome.CASEWORKER_TASK).stream()
                .map(ch -> item(cases.findById(ch.caseId()).orElseThrow(), ch.id(), ch.summary())).toList();
        List<CaseworkItem> duplicates = changes.findByOutcomeOrderByReportedAt(ChangeRecord.Outcome.DUPLICATE_REVIEW).stream()
                .map(ch -> item(cases.findById(ch.caseId()).orElseThrow(), ch.id(), ch.summary())).toList();
        return new CaseworkQueues(queue(CaseStatus.FINDING_OTHER_PARENT), queue(CaseStatus.PARENTAGE_DISPUTED),
                queue(CaseStatus.AWAITING_DETAILS), closures, duplicates);
    }

    /** LC-17.6: a caseworker seeing a flagged person's record is audited. */
    private void auditFlaggedView(MaintenanceCase c, java.util.Collection<Party> shown, String where) {
        for (Party party : shown) {
            if (party.safetyFlag()) {
                audit.record("FLAGGED_RECORD_VIEWED", "case", c.id().toString(), party.role() + " viewed by a caseworker " + where);
            }
        }
    }

    /** A caseworker has checked a possible duplicate application (it goes on as a case of its own, or they close it). */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void duplicateChecked(long caseId, long taskId) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        ChangeRecord task = changes.findById(taskId)
                .filter(t -> t.caseId() == caseId && t.outcome() == ChangeRecord.Outcome.DUPLICATE_REVIEW).orElseThrow();
        task.resolve(java.time.Instant.now(support.clock()));
        audit.record("CASE_DUPLICATE_CHECKED", "case", Long.toString(caseId), null);
    }

    private List<CaseworkItem> queue(CaseStatus status) {
        return cases.findByStatusOrderByCreatedAt(status).stream().map(c -> item(c, null, c.parentageNote())).toList();
    }

    private CaseworkItem item(MaintenanceCase c, @Nullable Long taskId, @Nullable String note) {
        Map<PartyRole, Party> p = caseParties.partiesOf(c.id());
        auditFlaggedView(c, p.values(), "in the casework queues");
        return new CaseworkItem(c.id(), taskId, c.reference(), c.status(), c.createdAt(), p.get(PartyRole.RECEIVING).fullName(),
                p.get(PartyRole.PAYING).fullName(), c.detailsDueDate(), note == null ? null : CaseSupport.systemText(note));
    }

    /** A caseworker records that the other parent was found and written to (LC-4.1, LC-4.2): notice by post, effective in 2 days (LC-4.3). */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void recordOtherParentFound(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.status() != CaseStatus.FINDING_OTHER_PARENT) {
            throw new UserFacingException("error.casework.wrongStatus");
        }
        link.giveNotice(c, support.today(), support.today().plusDays(2));
        decisionMaker.tellBoth(c, () -> Texts.t("timeline.found"));
        audit.record("CASE_OTHER_PARENT_FOUND", "case", c.id().toString(), null);
    }

    /** A printable letter with a new activation code, for posting to the other parent. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public byte[] invitationLetter(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        Map<PartyRole, Party> p = caseParties.partiesOf(caseId);
        Party invitee = p.get(c.applicantType().role().other());
        if (invitee.accountId() != null || c.status() == CaseStatus.CLOSED) {
            throw new UserFacingException("error.casework.alreadyLinked");
        }
        auditFlaggedView(c, List.of(invitee), "in an invitation letter");
        String code = link.newInvitation(c, "LETTER");
        String address = invitee.address() == null ? null
                : invitee.address() + (invitee.postcode() == null ? "" : "\n" + invitee.postcode());
        return Letters.invitationLetter(c.reference(), invitee.fullName(), address,
                CaseParties.shownName(p.get(c.applicantType().role())), code, support.today(),
                support.today().plusDays(OtherParentLink.INVITATION_LIFETIME.toDays()), baseUrl + "/link-case");
    }

    /**
     * Settles a parentage dispute (LC-5.2–5.4): presumed or confirmed by DNA → the case goes on
     * (liability from the initial effective date, LC-5.3); excluded by DNA → the case closes.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void resolveParentage(long caseId, ParentageOutcome outcome) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.status() != CaseStatus.PARENTAGE_DISPUTED) {
            throw new UserFacingException("error.casework.wrongStatus");
        }
        c.parentageNote(Texts.t(Language.ENGLISH, "parentage." + outcome.name())); // shown in the reader's language
        if (outcome == ParentageOutcome.DNA_EXCLUDED) {
            closure.close(c, support.today(), Texts.t("parentage." + outcome.name()));
        } else {
            c.noticeGiven(c.noticeDate() == null ? support.today() : c.noticeDate(),
                    c.initialEffectiveDate() == null ? support.today() : c.initialEffectiveDate(),
                    support.today().plusDays(OtherParentLink.DETAILS_DAYS));
            c.moveTo(CaseStatus.AWAITING_DETAILS);
            decisionMaker.tellBoth(c, () -> Texts.t("timeline.parentageSettled"));
        }
        audit.record("CASE_PARENTAGE_RESOLVED", "case", c.id().toString(), outcome.name());
    }

    /** Calculation.md step 10: the paying parent did not give their details in time, so the default rate applies. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public DecisionView applyDefaultRate(long caseId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.status() != CaseStatus.AWAITING_DETAILS) {
            throw new UserFacingException("error.casework.wrongStatus");
        }
        if (c.detailsDueDate() != null && !support.today().isAfter(c.detailsDueDate())) {
            throw new UserFacingException("error.casework.defaultTooEarly");
        }
        c.detailsGiven(null, PaymentFrequency.MONTHLY);
        List<CaseChild> kids = support.qualifying(c.id(), c.initialEffectiveDate());
        Decision d = decisionMaker.decide(c, DecisionKind.DEFAULT_RATE, c.initialEffectiveDate(),
                Texts.t("decision.reason.default"), CaseSupport.actor(who), DecisionMaker.defaultRate(kids), true);
        return support.view(d);
    }

    /**
     * Casework moved the case between Direct Pay and Collect and Pay from the payments side (LC-7.2:
     * missed Direct Pay payments). The case follows, and both parents are told.
     */
    @Transactional
    public void serviceTypeChangedByCasework(long caseId, ServiceType type, String reason) {
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.serviceType() == type) {
            return; // e.g. the parents' own switch, already recorded here
        }
        if (!support.isCaseworker()) {
            throw new AccessDeniedException("Only casework moves a case like this");
        }
        c.serviceType(type);
        decisionMaker.tellBoth(c, () -> Texts.t("timeline.serviceType", Texts.t("serviceType." + type.name())));
        audit.record("CASE_SERVICE_TYPE_CHANGED", "case", c.id().toString(), type.name() + " by casework: " + reason);
    }
}
