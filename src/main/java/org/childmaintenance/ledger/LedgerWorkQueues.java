package org.childmaintenance.ledger;

import org.childmaintenance.base.WorkQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger's queue on the casework desk: Direct Pay payments reported as missed. */
@Configuration
class LedgerWorkQueues {
    @Bean
    WorkQueue ledgerMissedPaymentsQueue(LedgerQueries queries, java.time.Clock clock) {
        return WorkQueue.of("ledger.missed", "desk.queue.missedPayments", "casework/payments", false,
                () -> WorkQueue.snapshotOf(queries.missedPaymentReports(1000).stream()
                        .map(r -> r.reportedOn().atStartOfDay(clock.getZone()).toInstant()).toList()));
    }
}
