package org.childmaintenance.identity;

import java.util.Optional;

/**
 * Says, in words, for whom an account acts on a case ("You are acting for Alex Morgan — see the
 * case and report changes"). Implemented by the representation feature; read through {@link ActingFor}.
 */
public interface ActingForProvider {
    Optional<String> describe(long accountId, long caseId);
}
