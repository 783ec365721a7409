package org.childmaintenance.ledger;

import java.util.List;
import org.childmaintenance.cases.ScheduleChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Connects decisions to money: when the case feature issues or changes a payment schedule, the
 * ledger takes it as the case's obligations, once the decision has committed (STYLE.md: events
 * connect features). Lines already posted are kept; the rest are replaced. The event's service type
 * is the case's: this is the only way the ledger's copy of it changes.
 */
@Component
class CaseScheduleListener {
    private static final Logger log = LoggerFactory.getLogger(CaseScheduleListener.class);
    private final LedgerService ledger;

    CaseScheduleListener(LedgerService ledger) {
        this.ledger = ledger;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void scheduleChanged(ScheduleChanged event) {
        if (event.payingAccountId() == null || event.receivingAccountId() == null) {
            log.info("Case {}: schedule kept out of the ledger until both parents have accounts", event.caseId());
            return;
        }
        List<ScheduleSnapshot.ScheduleLine> lines = event.schedule().stream()
                .map(i -> new ScheduleSnapshot.ScheduleLine(i.dueDate(), i.amount()))
                .toList();
        ledger.applyCaseSchedule(new ScheduleSnapshot(event.caseId(), event.caseReference(), event.serviceType(),
                event.payingAccountId(), event.receivingAccountId(), lines));
    }
}
