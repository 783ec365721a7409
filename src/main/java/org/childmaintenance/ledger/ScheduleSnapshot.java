package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.childmaintenance.cases.ServiceType;

/**
 * A case's payment schedule as the cases feature decided it: what the paying parent owes and when.
 * {@link LedgerService#applySchedule} replaces the lines not yet posted with these.
 */
public record ScheduleSnapshot(long caseId, String caseReference, ServiceType serviceType, long payingAccountId,
                               long receivingAccountId, List<ScheduleLine> lines) {
    public ScheduleSnapshot {
        Objects.requireNonNull(caseReference);
        Objects.requireNonNull(serviceType);
        if (payingAccountId == receivingAccountId) {
            throw new IllegalArgumentException("The paying and receiving parent must differ");
        }
        lines = List.copyOf(lines);
        if (lines.stream().map(ScheduleLine::dueDate).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("One schedule line per due date");
        }
    }

    /** One instalment of maintenance (money in pounds and pence, more than zero). */
    public record ScheduleLine(LocalDate dueDate, BigDecimal amount) {
        public ScheduleLine {
            Objects.requireNonNull(dueDate);
            amount = Money.of(amount);
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("A schedule line must be more than zero");
            }
        }
    }
}
