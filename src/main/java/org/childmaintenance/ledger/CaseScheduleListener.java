package org.childmaintenance.ledger;

import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.cases.CasesRecalculated;
import org.childmaintenance.cases.ScheduleChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Connects decisions to money: when the case feature issues or changes a payment schedule, the
 * ledger takes it as the case's obligations, once the decision has committed (STYLE.md: events
 * connect features). Lines already posted are kept; the rest are replaced. The event's service type
 * is the case's: this is the only way the ledger's copy of it changes. A mass recalculation's chunk
 * ({@link CasesRecalculated}) is taken whole, in the chunk's own transaction ({@link ScheduleBatches}).
 */
@Component
class CaseScheduleListener {
    private static final Logger log = LoggerFactory.getLogger(CaseScheduleListener.class);
    private final LedgerService ledger;
    private final ScheduleBatches batches;

    CaseScheduleListener(LedgerService ledger, ScheduleBatches batches) {
        this.ledger = ledger;
        this.batches = batches;
    }

    /** Every case of the chunk with both parents' accounts, at once and in the chunk's transaction. */
    @EventListener
    void casesRecalculated(CasesRecalculated event) {
        List<ScheduleSnapshot> snapshots = new ArrayList<>();
        int waiting = 0;
        for (CasesRecalculated.CaseSchedule c : event.cases()) {
            if (c.payingAccountId() == null || c.receivingAccountId() == null) {
                waiting++;
                continue;
            }
            try {
                snapshots.add(new ScheduleSnapshot(c.caseId(), c.caseReference(), c.serviceType(), c.payingAccountId(),
                        c.receivingAccountId(), c.schedule().stream()
                                .map(d -> new ScheduleSnapshot.ScheduleLine(d.dueDate(), d.amount())).toList()));
            } catch (IllegalArgumentException e) { // as a single schedule the ledger cannot take: the decision stands
                log.error("Case {}: schedule not taken by the ledger: {}", c.caseId(), e.getMessage());
            }
        }
        if (waiting > 0) {
            log.info("Recalculation {}: {} case(s) kept out of the ledger until both parents have accounts", event.run(), waiting);
        }
        batches.applyAll(snapshots);
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
