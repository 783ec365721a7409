package org.childmaintenance.identity;

import java.util.Optional;

/**
 * Implemented by the features that know who is on a case (cases: the parents; representation:
 * who acts for them). {@link AccessService} asks every provider.
 */
public interface CaseParticipationProvider {
    Optional<CaseParticipation> participationOf(long accountId, long caseId);
}
