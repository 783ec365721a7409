package org.childmaintenance.messages;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CaseParticipation;
import org.childmaintenance.identity.CaseParticipationProvider;
import org.springframework.stereotype.Component;

/**
 * TEST ONLY: the representation feature is not on this branch, so tests grant a representative a
 * scope on a client's case here (empty unless a test grants something).
 */
@Component
public class MessagesTestRepresentation implements CaseParticipationProvider {
    private record Key(long accountId, long caseId) {
    }

    private record Grant(Set<CaseAction> scope, long client) {
    }

    private final Map<Key, Grant> grants = new ConcurrentHashMap<>();

    public void grant(long representativeId, long caseId, long clientId, Set<CaseAction> scope) {
        grants.put(new Key(representativeId, caseId), new Grant(scope, clientId));
    }

    public void withdraw(long representativeId, long caseId) {
        grants.remove(new Key(representativeId, caseId));
    }

    @Override
    public Optional<CaseParticipation> participationOf(long accountId, long caseId) {
        Grant g = grants.get(new Key(accountId, caseId));
        return g == null ? Optional.empty() : Optional.of(CaseParticipation.representative(g.scope(), g.client()));
    }
}
