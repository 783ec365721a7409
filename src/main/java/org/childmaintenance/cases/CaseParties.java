package org.childmaintenance.cases;

import java.util.EnumMap;
import java.util.Map;
import org.childmaintenance.base.Texts;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parties' view of each other (LC-17.6): which party someone acts as, the other party's name
 * (withheld under a safety flag) and whether a safety concern on the case rules out Direct Pay.
 */
@Service
public class CaseParties {
    private final CaseRepository cases;
    private final PartyRepository parties;
    private final AccessService access;

    CaseParties(CaseRepository cases, PartyRepository parties, AccessService access) {
        this.cases = cases;
        this.parties = parties;
        this.access = access;
    }

    /** Whether Direct Pay may be chosen on this case: not when anyone on it has a safety concern (LC-7.5, LC-17.5). */
    @Transactional(readOnly = true)
    public boolean directPayAllowed(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return directPayAllowed(cases.findById(caseId).orElseThrow());
    }

    /** The same rule without an access check, for use cases that have checked already. */
    boolean directPayAllowed(MaintenanceCase c) {
        return PaymentSafety.directPayAllowedOnCase(c.domesticAbuse(),
                parties.findByCaseId(c.id()).stream().anyMatch(Party::safetyFlag));
    }

    /** The party the person acts as: themselves, or the parent they represent. Caseworkers have none. */
    Party partyOf(MaintenanceCase c, AccessService.Decision who) {
        if (who.asCaseworker()) {
            throw new AccessDeniedException("Caseworkers use the casework pages");
        }
        long account = who.onBehalfOf() != null ? who.onBehalfOf() : who.user().accountId();
        return parties.findByCaseIdAndAccountId(c.id(), account)
                .orElseThrow(() -> new AccessDeniedException("Not a party to this case"));
    }

    void requireRole(MaintenanceCase c, AccessService.Decision who, PartyRole role) {
        if (partyOf(c, who).role() != role) {
            throw new AccessDeniedException("Only the " + role + " party may do this");
        }
    }

    Map<PartyRole, Party> partiesOf(long caseId) {
        Map<PartyRole, Party> out = new EnumMap<>(PartyRole.class);
        parties.findByCaseId(caseId).forEach(p -> out.put(p.role(), p));
        return out;
    }

    /** The name the other side may see: withheld when that person has a safety flag (LC-17.3, LC-17.6). */
    static String shownName(Party p) {
        return p.safetyFlag() ? Texts.t("name.withheld") : p.fullName();
    }
}
