package org.childmaintenance.notification;

import java.util.Set;
import org.childmaintenance.notices.SafetyFlags;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Stands in for the cases feature's safety flag in tests: accounts put here count as flagged. */
@Component
public class TestSafetyFlags implements SafetyFlags {
    static final Set<Long> FLAGGED = ConcurrentHashMap.newKeySet();

    @Override
    public boolean hasSafetyFlag(long accountId) {
        return FLAGGED.contains(accountId);
    }
}
