package org.childmaintenance.ledger;

import java.math.BigDecimal;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.ledger.LedgerStore.CaseRecord;
import org.childmaintenance.ledger.LedgerViews.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is asking about a case's money, and what their side of the case lets them do: the paying
 * parent, the receiving parent (or someone acting for either) or casework. Both the posting side and
 * the read side ask here, so a rule such as "who may agree an arrears plan" is written once.
 */
@Component
class LedgerParties {
    private final AccessService access;
    private final CurrentUser currentUser;
    private final ObjectProvider<DeductionOrderHolders> orderHolders;

    LedgerParties(AccessService access, CurrentUser currentUser, ObjectProvider<DeductionOrderHolders> orderHolders) {
        this.access = access;
        this.currentUser = currentUser;
        this.orderHolders = orderHolders;
    }

    /**
     * LC-13.5: money an employer paid over is posted as the signed-in employer administrator, and
     * only to a case on which their own organisation holds a deduction from earnings order.
     */
    void requireEmployerHoldingOrder(long caseId) {
        PortalUser me = currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!currentUser.hasRole(Roles.EMPLOYER_ADMIN) || me.organisationId() == null
                || orderHolders.orderedStream().noneMatch(h -> h.holdsOrder(me.organisationId(), caseId))) {
            throw new AccessDeniedException("This organisation holds no deduction order on the case");
        }
    }

    boolean signedIn() {
        return currentUser.get().isPresent();
    }

    /** The signed-in person's account, or null for the system (jobs, demo data). */
    Long actorId() {
        return currentUser.get().map(PortalUser::accountId).orElse(null);
    }

    boolean isCaseworker() {
        return currentUser.hasRole(Roles.CASEWORKER);
    }

    /** The party the signed-in person acts as: themselves, or the parent they represent. */
    long actingAccount(CaseRecord c) {
        AccessService.Decision d = access.requireCaseAccess(c.caseId(), CaseAction.VIEW);
        return d.onBehalfOf() != null ? d.onBehalfOf() : d.user().accountId();
    }

    Viewer viewerOf(CaseRecord c) {
        if (isCaseworker()) {
            return Viewer.CASEWORKER;
        }
        long me = actingAccount(c);
        if (me == c.payingAccountId()) {
            return Viewer.PAYING;
        }
        if (me == c.receivingAccountId()) {
            return Viewer.RECEIVING;
        }
        throw new AccessDeniedException("Not a party to this case");
    }

    void requireReceivingParentOrCasework(CaseRecord c) {
        if (!isCaseworker() && actingAccount(c) != c.receivingAccountId()) {
            throw new AccessDeniedException("Only the receiving parent or casework can do this");
        }
    }

    /**
     * LC-12.3 (DESIGN): the paying parent (or someone acting for them) or casework may agree a plan to
     * clear arrears, when there are arrears and no plan yet. The receiving parent is told, not asked.
     */
    static boolean mayAgreeArrearsPlan(Viewer viewer, BigDecimal arrears, boolean hasPlan) {
        return viewer != Viewer.RECEIVING && arrears.signum() > 0 && !hasPlan;
    }

    /** LC-12.3 (DESIGN): whoever may agree a plan may change the agreed one, giving a reason. */
    static boolean mayChangeArrearsPlan(Viewer viewer, boolean hasPlan) {
        return viewer != Viewer.RECEIVING && hasPlan;
    }
}
