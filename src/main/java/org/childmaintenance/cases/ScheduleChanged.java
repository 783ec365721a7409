package org.childmaintenance.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Published (inside the deciding transaction) when a case's payment schedule changes because of
 * the decision {@code decisionId}, in force from {@code effectiveFrom}. {@code schedule} is the
 * case's whole current schedule afterwards, by due date: earlier instalments are unchanged, an
 * instalment running over {@code effectiveFrom} is shortened to the days before it, later ones are
 * new. For the ledger: replace what is due with {@code schedule}.
 */
public record ScheduleChanged(long caseId, long decisionId, LocalDate effectiveFrom,
                              List<CaseService.InstalmentView> schedule) {
}
