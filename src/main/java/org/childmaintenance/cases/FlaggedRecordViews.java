package org.childmaintenance.cases;

import org.childmaintenance.audit.AuditService;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * LC-17.6: every view of a safety-flagged person's record by someone else is audited. The case page
 * ({@link CaseReading#myCase}) and the casework record ({@link CaseworkLookup#caseFile}) do it themselves;
 * other features' pages about the case (payments and statements, casework notes, messages about the
 * case) call {@link #viewed} when they show it. The person themself (or someone acting for them) is not
 * "someone else".
 */
@Service
public class FlaggedRecordViews {
    private final PartyRepository parties;
    private final AccessService access;
    private final AuditService audit;

    FlaggedRecordViews(PartyRepository parties, AccessService access, AuditService audit) {
        this.parties = parties;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Records "FLAGGED_RECORD_VIEWED" for each flagged party of the case who is not the viewer, naming the
     * page ({@code where}: a few words, e.g. "the payments page"). Refused like any view of the case.
     */
    @Transactional
    public void viewed(long caseId, String where) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.VIEW);
        Long viewer = who.asCaseworker() ? null : who.onBehalfOf() != null ? who.onBehalfOf() : who.user().accountId();
        String by = who.asCaseworker() ? "a caseworker" : "the other party";
        for (Party p : parties.findByCaseId(caseId)) {
            if (p.safetyFlag() && (viewer == null || !viewer.equals(p.accountId()))) {
                audit.recordOnBehalf("FLAGGED_RECORD_VIEWED", who.onBehalfOf(), "case", Long.toString(caseId),
                        p.role() + " viewed by " + by + " on " + where);
            }
        }
    }
}
