package org.childmaintenance.employer;

import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguagePreferences;
import org.childmaintenance.base.Texts;
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
    private final LanguagePreferences languages;

    EmployerAccess(CurrentUser currentUser, LanguagePreferences languages) {
        this.currentUser = currentUser;
        this.languages = languages;
    }

    /** The language the signed-in reader chose (else the page's): order notices open in it (issue 17). */
    Language readerLanguage() {
        return currentUser.get().map(u -> languages.forAccount(u.accountId())).orElseGet(Texts::language);
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
