package org.childmaintenance.ledger;

import org.childmaintenance.cases.CaseService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** When casework moves a case to Collect and Pay from the payments side, the case record follows. */
@Component
class ServiceTypeToCase {
    private final CaseService cases;

    ServiceTypeToCase(CaseService cases) {
        this.cases = cases;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW) // after commit, work needs a transaction of its own
    void serviceTypeChanged(LedgerEvents.ServiceTypeChanged event) {
        if (event.caseId() >= 9_000_000_000L) {
            return; // ledger-only demo and test cases have no case record
        }
        cases.serviceTypeChangedByCasework(event.caseId(), org.childmaintenance.cases.ServiceType.valueOf(event.to().name()),
                event.reason());
    }
}
