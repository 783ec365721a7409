package org.childmaintenance.messages;

import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a conversation. A case conversation belongs to one parent's side: that parent, or a
 * representative acting for that same parent within a scope that includes messages. The other
 * parent is on the case too, but acts for a different party, so is refused. An employer
 * conversation belongs to one organisation. Casework sees every conversation.
 */
@Component
class MessageAccess {
    /**
     * The case action a representative's scope must include to exchange messages (LC-16.2). Identity
     * has no separate messages action yet: reporting changes is the nearest. When identity adds one,
     * change it here only.
     */
    static final CaseAction MESSAGE_SCOPE = CaseAction.MESSAGES;

    private final AccessService access;
    private final CurrentUser currentUser;

    MessageAccess(AccessService access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The side someone writes for: a parent's account (themselves or their client), or an organisation. */
    record Acting(PortalUser user, @Nullable Long onBehalfOf, boolean caseworker) {
        long partyAccountId() {
            return onBehalfOf != null ? onBehalfOf : user.accountId();
        }
    }

    boolean isCaseworker() {
        return currentUser.hasRole(Roles.CASEWORKER);
    }

    PortalUser me() {
        return currentUser.require();
    }

    /** May the signed-in person write about this case, and for which parent? */
    Acting forCase(long caseId) {
        AccessService.Decision d = access.requireCaseAccess(caseId, MESSAGE_SCOPE);
        return new Acting(d.user(), d.onBehalfOf(), d.asCaseworker());
    }

    /** Refuses anyone who may not even see the case. */
    void requireView(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
    }

    boolean mayWriteAbout(long caseId) {
        return access.mayActOnCase(caseId, MESSAGE_SCOPE);
    }

    /** Checks the signed-in person may see this conversation; refuses with AccessDeniedException. */
    Acting require(Conversation c) {
        if (isCaseworker()) {
            return new Acting(me(), null, true);
        }
        if (c.kind() == ConversationKind.EMPLOYER) {
            PortalUser me = me();
            if (!currentUser.hasRole(Roles.EMPLOYER) || me.organisationId() == null
                    || !me.organisationId().equals(c.organisationId())) {
                throw new AccessDeniedException("Not your organisation's conversation");
            }
            return new Acting(me, null, false);
        }
        Acting acting = forCase(c.caseId());
        if (c.partyAccountId() == null || acting.partyAccountId() != c.partyAccountId()) {
            throw new AccessDeniedException("Not your side of the case");
        }
        return acting;
    }
}
