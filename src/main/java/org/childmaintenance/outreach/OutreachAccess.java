package org.childmaintenance.outreach;

import java.util.Optional;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is asking outreach: a parent or a visitor (help requests), a partner centre's staff member (their
 * own centre only), or casework. Every service method asks here or carries a role check.
 */
@Component
class OutreachAccess {
    private final CurrentUser currentUser;
    private final CentreRepository centres;

    OutreachAccess(CurrentUser currentUser, CentreRepository centres) {
        this.currentUser = currentUser;
        this.centres = centres;
    }

    /** The signed-in parent, or empty for a visitor; anyone else signed in does not ask for help this way. */
    Optional<PortalUser> parentOrVisitor() {
        Optional<PortalUser> user = currentUser.get();
        if (user.isPresent() && !currentUser.hasRole(Roles.PARENT)) {
            throw new AccessDeniedException("Only parents and visitors ask for help here");
        }
        return user;
    }

    PortalUser me() {
        return currentUser.require();
    }

    /** The signed-in partner staff member's centre; refused for anyone else or a centre not set up yet. */
    Centre myCentre() {
        PortalUser me = currentUser.require();
        if (!currentUser.hasRole(Roles.PARTNER) || me.organisationId() == null) {
            throw new AccessDeniedException("Not a partner centre's staff");
        }
        return centres.findByOrganisationId(me.organisationId())
                .orElseThrow(() -> new AccessDeniedException("This organisation has no partner centre"));
    }
}
