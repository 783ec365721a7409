package org.childmaintenance.identity;

import java.util.Set;

/**
 * How an account takes part in a case: as a party (a parent on it), or as someone acting for a
 * party within a scope. {@code onBehalfOf} is the party's account id when acting for someone.
 */
public record CaseParticipation(Kind kind, Set<CaseAction> allowed, Long onBehalfOf) {
    public enum Kind { PARTY, REPRESENTATIVE }

    public static CaseParticipation party(Set<CaseAction> allowed) {
        return new CaseParticipation(Kind.PARTY, Set.copyOf(allowed), null);
    }

    public static CaseParticipation representative(Set<CaseAction> scope, long onBehalfOf) {
        return new CaseParticipation(Kind.REPRESENTATIVE, Set.copyOf(scope), onBehalfOf);
    }
}
