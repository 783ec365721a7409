package org.childmaintenance.cases;

import java.util.EnumSet;
import java.util.Optional;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CaseParticipation;
import org.childmaintenance.identity.CaseParticipationProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A parent on a case (either side, once linked) is a party to it, with every action. */
@Component
class CaseParticipations implements CaseParticipationProvider {
    private final ParticipationQueries queries;

    CaseParticipations(ParticipationQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseParticipation> participationOf(long accountId, long caseId) {
        return queries.rolesOf(accountId, caseId).isEmpty()
                ? Optional.empty()
                : Optional.of(CaseParticipation.party(EnumSet.allOf(CaseAction.class)));
    }
}
