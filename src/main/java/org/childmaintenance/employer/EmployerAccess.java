package org.childmaintenance.employer;

import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * "Which organisation is asking, and may it touch this order?" Every employer service method asks
 * here first: a user of one organisation never sees or changes another's orders.
 */
@Component
class EmployerAccess {
    private final CurrentUser currentUser;

    EmployerAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    PortalUser user() {
        return currentUser.require();
    }

    /** The signed-in employer user's organisation. */
    long organisation() {
        PortalUser me = currentUser.require();
        if (!currentUser.hasRole(Roles.EMPLOYER) || me.organisationId() == null) {
            throw new AccessDeniedException("Not an employer user");
        }
        return me.organisationId();
    }

    void requireAdmin() {
        organisation();
        if (!currentUser.hasRole(Roles.EMPLOYER_ADMIN)) {
            throw new AccessDeniedException("Admins only");
        }
    }

    /** Refuses an order of another organisation (as not found, so its existence is not revealed). */
    DeductionOrder own(DeductionOrder order) {
        if (order.organisationId() != organisation()) {
            throw new AccessDeniedException("Not this organisation's order");
        }
        return order;
    }

    boolean caseworker() {
        return currentUser.hasRole(Roles.CASEWORKER);
    }
}
