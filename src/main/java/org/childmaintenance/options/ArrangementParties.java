package org.childmaintenance.options;

import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.PortalPrincipal;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking about an arrangement: the signed-in parent, refused unless they are a party to it
 * (or its author, for a draft); every change to an arrangement is audited here.
 */
@Component
class ArrangementParties {
    private final FamilyArrangementRepository arrangements;
    private final AuditService audit;

    ArrangementParties(FamilyArrangementRepository arrangements, AuditService audit) {
        this.arrangements = arrangements;
        this.audit = audit;
    }

    FamilyArrangement requireParty(long arrangementId) {
        long me = me().accountId();
        return arrangements.findById(arrangementId).filter(a -> a.isParty(me))
                .orElseThrow(() -> new AccessDeniedException("Not a party to this arrangement"));
    }

    FamilyArrangement requireDraft(long arrangementId) {
        FamilyArrangement a = requireParty(arrangementId);
        if (a.creatorAccountId != me().accountId()) {
            throw new AccessDeniedException("Only the author changes a draft");
        }
        if (a.status != Status.DRAFT) {
            throw new UserFacingException("error.arrangement.notDraft");
        }
        return a;
    }

    void changed(FamilyArrangement a, String step) {
        audit.record("ARRANGEMENT_CHANGED", "arrangement", a.id.toString(), step);
    }

    static String otherNameFor(FamilyArrangement a, long me) {
        return a.creatorAccountId == me ? a.otherName : a.creatorName;
    }

    static PortalPrincipal me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalPrincipal p) {
            return p;
        }
        throw new AccessDeniedException("Not signed in");
    }
}
