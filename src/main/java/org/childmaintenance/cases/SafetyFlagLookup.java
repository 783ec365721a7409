package org.childmaintenance.cases;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a person carries the safety flag on any of their cases (LC-17.5). For system use by other
 * features (notification channels): it answers yes/no about the account itself and reveals nothing else.
 */
@Component
public class SafetyFlagLookup {
    private final PartyRepository parties;

    SafetyFlagLookup(PartyRepository parties) {
        this.parties = parties;
    }

    @Transactional(readOnly = true)
    public boolean isFlagged(long accountId) {
        return parties.findByAccountId(accountId).stream().anyMatch(Party::safetyFlag);
    }
}
