package org.childmaintenance.notices;

import org.childmaintenance.cases.SafetyFlagLookup;
import org.springframework.stereotype.Component;

/** The safety flag as the cases feature holds it on each party (LC-17.6): flagged people get notices only on confirmed channels. */
@Component
class CaseSafetyFlags implements SafetyFlags {
    private final SafetyFlagLookup lookup;

    CaseSafetyFlags(SafetyFlagLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public boolean hasSafetyFlag(long accountId) {
        return lookup.isFlagged(accountId);
    }
}
