package org.childmaintenance.ledger;

import java.util.EnumSet;
import java.util.Optional;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CaseParticipation;
import org.childmaintenance.identity.CaseParticipationProvider;
import org.springframework.stereotype.Component;

/**
 * TEST ONLY: the cases feature is not on this branch, so for case ids the ledger tests create
 * (from {@link LedgerFixture#FIRST_TEST_CASE_ID}) the parents are taken from the ledger's own record.
 */
@Component
class LedgerTestParticipation implements CaseParticipationProvider {
    private final LedgerStore store;

    LedgerTestParticipation(LedgerStore store) {
        this.store = store;
    }

    @Override
    public Optional<CaseParticipation> participationOf(long accountId, long caseId) {
        if (caseId < LedgerFixture.FIRST_TEST_CASE_ID || caseId >= LedgerFixture.LAST_TEST_CASE_ID) {
            return Optional.empty();
        }
        return store.findCase(caseId).filter(c -> c.isParty(accountId))
                .map(c -> CaseParticipation.party(EnumSet.allOf(CaseAction.class)));
    }
}
