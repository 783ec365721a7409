package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published (inside the deciding transaction) when a case gets a new decision. Listen with
 * {@code @TransactionalEventListener} to act only once it is committed.
 */
public record DecisionMade(long caseId, long decisionId, DecisionKind kind, LocalDate effectiveDate,
                           BigDecimal weeklyAmount, ServiceType serviceType) {
}
