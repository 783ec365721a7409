package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo payments (only with {@code portal.demo-data=true}). {@link #seedCase} gives any case a year's
 * schedule with six months of history: payments made, one part paid, one missed. The cases feature's
 * demo seeder can call it for its demo case; {@link LedgerStandaloneDemo} uses it on this branch.
 */
@Component
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
public class LedgerDemoData {
    private static final Logger log = LoggerFactory.getLogger(LedgerDemoData.class);
    private final LedgerService ledger;
    private final LedgerStore store;
    private final NightlyRun nightly;
    private final Clock clock;

    LedgerDemoData(LedgerService ledger, LedgerStore store, NightlyRun nightly, Clock clock) {
        this.ledger = ledger;
        this.store = store;
        this.nightly = nightly;
        this.clock = clock;
    }

    /**
     * Seeds a case once (nothing happens if the ledger already knows it). Run as the system, with no
     * one signed in (an application runner or a listener after the demo case is created).
     */
    public boolean seedCase(long caseId, String caseReference, ServiceType type, long payingAccountId,
                            long receivingAccountId, BigDecimal monthlyAmount) {
        if (store.findCase(caseId).isPresent()) {
            return false;
        }
        LocalDate today = ledger.today();
        LocalDate first = today.withDayOfMonth(1).minusMonths(6);
        List<ScheduleSnapshot.ScheduleLine> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(new ScheduleSnapshot.ScheduleLine(first.plusMonths(i), monthlyAmount));
        }
        ledger.applySchedule(new ScheduleSnapshot(caseId, caseReference, type, payingAccountId, receivingAccountId, lines));
        for (int i = 0; i < 6; i++) {
            LocalDate due = first.plusMonths(i);
            nightly.run(due);
            if (type == ServiceType.COLLECT_AND_PAY && i != 4) {
                BigDecimal withFee = monthlyAmount.add(FeeRates.on(due).payingParentFee(monthlyAmount));
                BigDecimal paid = i == 5 ? withFee.divide(BigDecimal.TWO, 2, java.math.RoundingMode.DOWN) : withFee;
                ledger.postAsSystem(caseId, due, paid, "DEMO-" + caseId + "-" + i);
            }
            nightly.run(due.plusDays(1)); // the night after: notices for what was missed
        }
        nightly.run(today);
        if (type == ServiceType.DIRECT_PAY) {
            // confirm all but the last two months, so the receiving parent has something to confirm or report
            List<LedgerStore.Obligation> posted = store.obligations(caseId).stream()
                    .filter(o -> o.status().equals("POSTED")).toList();
            for (int i = 0; i < posted.size() - 2; i++) {
                LedgerStore.Obligation o = posted.get(i);
                store.insert(List.of(new LedgerStore.NewTx(caseId,
                        PostingRules.directPaymentConfirmed(o.id(), o.dueDate(), o.amount()), null)), clock.instant());
            }
        }
        log.info("Demo payments seeded for case {}", caseReference);
        return true;
    }
}
