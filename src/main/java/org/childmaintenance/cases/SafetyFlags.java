package org.childmaintenance.cases;

import org.childmaintenance.audit.AuditService;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety flag (LC-17.3, LC-17.6): set by the person themselves (when applying, when linking, or
 * on "Your safety"), or by a caseworker. Once set, the other party no longer sees the person's name;
 * addresses and contact details are never shown either way. Only a caseworker removes a flag (by phone).
 */
@Service
public class SafetyFlags {
    private final CaseRepository cases;
    private final PartyRepository parties;
    private final CaseParties caseParties;
    private final AccessService access;
    private final AuditService audit;

    SafetyFlags(CaseRepository cases, PartyRepository parties, CaseParties caseParties, AccessService access,
                AuditService audit) {
        this.cases = cases;
        this.parties = parties;
        this.caseParties = caseParties;
        this.access = access;
        this.audit = audit;
    }

    /** Whether the signed-in parent's own details are kept from the other parent on this case. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public boolean mySafetyFlag(long caseId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.VIEW);
        return caseParties.partyOf(cases.findById(caseId).orElseThrow(), who).safetyFlag();
    }

    /** The parent says it is not safe for the other parent to know about them. Only the parent, not a representative. */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void flagMySafety(long caseId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.VIEW);
        if (who.onBehalfOf() != null) {
            throw new AccessDeniedException("Only the parent sets their own safety flag");
        }
        Party me = caseParties.partyOf(cases.findById(caseId).orElseThrow(), who);
        flag(me, "by the person");
    }

    /** A caseworker sets the flag for one party of the case (e.g. after a phone call). */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void flagByCaseworker(long caseId, PartyRole role) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        Party p = parties.findByCaseIdAndRole(caseId, role).orElseThrow();
        flag(p, "by a caseworker");
    }

    /** The same, by case reference, for the casework page; an unknown reference is an error on the field. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void flagByCaseworker(String reference, PartyRole role) {
        String ref = reference == null ? "" : reference.replaceAll("\\s", "");
        MaintenanceCase c = cases.findByReference(ref)
                .orElseThrow(() -> org.childmaintenance.base.UserFacingException.onField("safetyReference",
                        "error.casework.safety.reference"));
        flagByCaseworker(c.id(), role);
    }

    /** Sets the flag; callers have checked who is asking. */
    void flag(Party p, String how) {
        if (!p.safetyFlag()) {
            p.flagSafety();
            audit.record("CASE_SAFETY_FLAG_SET", "case", Long.toString(p.caseId()), p.role() + " " + how);
        }
    }
}
