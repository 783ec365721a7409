package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published once per chunk of a mass recalculation (every case decided again, as when the rules change), inside
 * the chunk's transaction, in place of a {@link DecisionMade} and a {@link ScheduleChanged} per case. Listen with a
 * plain {@code @EventListener} to do your part in the same transaction (the ledger replaces the obligations of all
 * the chunk's cases at once); what a {@link ScheduleChanged} listener does for one case is to be done for each
 * case here.
 */
public record CasesRecalculated(String run, LocalDate effectiveFrom, List<CaseSchedule> cases) {
    /**
     * One case's new decision and whole current schedule afterwards (by due date, as in {@link ScheduleChanged}),
     * with what the ledger needs to account for it ({@code null} accounts: a party has no account yet).
     */
    public record CaseSchedule(long caseId, long decisionId, BigDecimal weeklyAmount, String caseReference,
                               ServiceType serviceType, @Nullable Long payingAccountId, @Nullable Long receivingAccountId,
                               List<Due> schedule) {
    }

    /** An instalment of the schedule: when it is due and how much. */
    public record Due(LocalDate dueDate, BigDecimal amount) {
    }
}
