package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Events the ledger publishes (inside the posting's transaction; listen after commit). */
public final class LedgerEvents {
    private LedgerEvents() {
    }

    /** The ledger's record of a case moved between Direct Pay and Collect & Pay (LC-7.2). */
    public record ServiceTypeChanged(long caseId, String caseReference, ServiceType from, ServiceType to,
                                     LocalDate effectiveDate, String reason) {
    }

    /** Direct Pay: the receiving parent reported that a scheduled payment did not arrive. */
    public record MissedPaymentReported(long caseId, String caseReference, long obligationId, LocalDate dueDate,
                                        BigDecimal amount) {
    }

    /** A payment reached the ledger (imported or posted by casework). */
    public record PaymentPosted(long caseId, long transactionId, LocalDate date, BigDecimal amount) {
    }
}
