package org.childmaintenance.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published (inside the deciding transaction) when a case's payment schedule changes because of
 * the decision {@code decisionId}, in force from {@code effectiveFrom}. {@code schedule} is the
 * case's whole current schedule afterwards, by due date: earlier instalments are unchanged, an
 * instalment running over {@code effectiveFrom} is shortened to the days before it, later ones are
 * new. For the ledger: replace what is due with {@code schedule}.
 *
 * <p>It also carries what the ledger needs to account for the case: the case reference, the
 * service type and the two parents' account ids ({@code null} while a party has no account).
 */
public record ScheduleChanged(long caseId, long decisionId, LocalDate effectiveFrom,
                              List<CaseService.InstalmentView> schedule, String caseReference, ServiceType serviceType,
                              @Nullable Long payingAccountId, @Nullable Long receivingAccountId) {
}
