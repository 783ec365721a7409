package org.childmaintenance.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.cases.CaseClosed;
import org.childmaintenance.ledger.LedgerStore.NewTx;
import org.childmaintenance.ledger.LedgerStore.Obligation;
import org.childmaintenance.ledger.LedgerStore.StoredTx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a case closes, its maintenance ends on the closing date (LC-11): schedule lines due on or after
 * it are taken off, and any already posted (a closure dated in the past) are reversed, so the nightly
 * run posts nothing more. What fell due before stays owed, and so do arrears plans (LC-11.3).
 */
@Component
class CaseClosedListener {
    private static final Logger log = LoggerFactory.getLogger(CaseClosedListener.class);
    private final LedgerStore store;
    private final CaseTurns turns;
    private final AuditService audit;
    private final java.time.Clock clock;

    CaseClosedListener(LedgerStore store, CaseTurns turns, AuditService audit, java.time.Clock clock) {
        this.store = store;
        this.turns = turns;
        this.audit = audit;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void caseClosed(CaseClosed event) {
        if (store.findCase(event.caseId()).isEmpty()) {
            return; // closed before it had a schedule: the ledger never knew it
        }
        turns.run(event.caseId(), c -> {
            List<Obligation> after = store.obligations(c.caseId()).stream()
                    .filter(o -> o.kind().equals(LedgerService.MAINTENANCE) && !o.dueDate().isBefore(event.closedOn()))
                    .toList();
            store.supersede(after.stream().filter(o -> o.status().equals("SCHEDULED")).map(Obligation::id).toList());
            List<Long> posted = after.stream().filter(o -> o.status().equals("POSTED")).map(Obligation::id).toList();
            if (!posted.isEmpty()) {
                List<StoredTx> txs = store.transactions(c.caseId());
                Set<Long> reversed = new HashSet<>();
                txs.stream().filter(t -> t.type() == TxType.REVERSAL).forEach(t -> reversed.add(t.relatedId()));
                List<NewTx> reversals = txs.stream()
                        .filter(t -> t.type() == TxType.MAINTENANCE_DUE && posted.contains(t.obligationId())
                                && !reversed.contains(t.id()))
                        .map(t -> new NewTx(c.caseId(), PostingRules.reversal(t.id(), event.closedOn(), t.entries(),
                                "Case closed"), null))
                        .toList();
                store.insert(reversals, clock.instant());
                store.endPosted(posted);
            }
            audit.record("LEDGER_SCHEDULE_ENDED", "case", Long.toString(c.caseId()), "closed on " + event.closedOn()
                    + ": " + after.size() + " lines ended (" + posted.size() + " already posted, reversed)");
            log.info("Case {} closed on {}: {} schedule lines ended", c.caseId(), event.closedOn(), after.size());
            return null;
        });
    }
}
