package org.childmaintenance.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The text of the "You are acting for …" banner on a case page, when the signed-in person acts for someone. */
@Service
public class ActingFor {
    private final CurrentUser currentUser;
    private final List<ActingForProvider> providers;

    ActingFor(CurrentUser currentUser, List<ActingForProvider> providers) {
        this.currentUser = currentUser;
        this.providers = List.copyOf(providers);
    }

    /** Whether the signed-in person is a representative (who acts for parents rather than for themselves). */
    public boolean isRepresentative() {
        return currentUser.hasRole(Roles.REPRESENTATIVE);
    }

    /**
     * The cases the signed-in representative acts on today, for lists that gather a representative's
     * work across clients (their messages). Each feature still checks the scope on every call.
     */
    public List<Long> casesIActOn() {
        if (!currentUser.hasRole(Roles.REPRESENTATIVE)) {
            return List.of();
        }
        long me = currentUser.require().accountId();
        return providers.stream().flatMap(p -> p.casesActedOn(me).stream()).distinct().toList();
    }

    public Optional<String> bannerFor(long caseId) {
        if (!currentUser.hasRole(Roles.REPRESENTATIVE)) {
            return Optional.empty();
        }
        long me = currentUser.require().accountId();
        return providers.stream().map(p -> p.describe(me, caseId)).flatMap(Optional::stream).findFirst();
    }
}
