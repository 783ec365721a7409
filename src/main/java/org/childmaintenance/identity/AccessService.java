package org.childmaintenance.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * "May this person act on this case?" — asked at the top of every service method that takes a
 * case id. Caseworkers may act on any case; parents on their own cases; representatives within
 * the scope a parent gave them. Anyone else is refused.
 */
@Service
public class AccessService {
    private final CurrentUser currentUser;
    private final List<CaseParticipationProvider> providers;

    AccessService(CurrentUser currentUser, List<CaseParticipationProvider> providers) {
        this.currentUser = currentUser;
        this.providers = List.copyOf(providers);
    }

    /** Whether the signed-in person may take {@code action} on the case. */
    public boolean mayActOnCase(long caseId, CaseAction action) {
        return decide(caseId, action).isPresent();
    }

    /**
     * Checks access and says how: throws {@link AccessDeniedException} when refused. The result
     * tells the caller for whom the person acts (for the audit entry).
     */
    public Decision requireCaseAccess(long caseId, CaseAction action) {
        return decide(caseId, action).orElseThrow(() -> new AccessDeniedException("No access to this case"));
    }

    private Optional<Decision> decide(long caseId, CaseAction action) {
        Optional<PortalUser> user = currentUser.get();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        if (currentUser.hasRole(Roles.CASEWORKER)) {
            return Optional.of(new Decision(user.get(), null, true));
        }
        for (CaseParticipationProvider provider : providers) {
            Optional<CaseParticipation> p = provider.participationOf(user.get().accountId(), caseId);
            if (p.isPresent() && p.get().allowed().contains(action)) {
                return Optional.of(new Decision(user.get(), p.get().onBehalfOf(), false));
            }
        }
        return Optional.empty();
    }

    /** Access granted: who, for whom (null if for themselves), and whether as a caseworker. */
    public record Decision(PortalUser user, Long onBehalfOf, boolean asCaseworker) {
    }
}
