package org.childmaintenance.identity;

import java.util.List;
import java.util.Optional;

/**
 * Says, in words, for whom an account acts on a case ("You are acting for Alex Morgan — see the
 * case and report changes"). Implemented by the representation feature; read through {@link ActingFor}.
 */
public interface ActingForProvider {
    Optional<String> describe(long accountId, long caseId);

    /** The cases on which the account acts for someone today (in force, whatever the scope). */
    default List<Long> casesActedOn(long accountId) {
        return List.of();
    }
}
