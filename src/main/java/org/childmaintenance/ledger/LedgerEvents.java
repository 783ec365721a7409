package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Events the ledger publishes (inside the posting's transaction; listen after commit). The service
 * type is not among them: the case owns it ({@code cases.ScheduleChanged}) and the ledger follows.
 */
public final class LedgerEvents {
    private LedgerEvents() {
    }

    /** Direct Pay: the receiving parent reported that a scheduled payment did not arrive. */
    public record MissedPaymentReported(long caseId, String caseReference, long obligationId, LocalDate dueDate,
                                        BigDecimal amount) {
    }

    /**
     * Collect &amp; Pay: the nightly run found that an instalment due on {@code dueDate} was not paid in
     * full by the night after. Published once per instalment; both parents are to be told.
     */
    public record CollectionMissed(long caseId, long obligationId, LocalDate dueDate) {
    }

    /**
     * The nightly run's {@link CollectionMissed} instalments, published a chunk at a time (one event for up to a
     * few thousand instalments, so the notices and e-mails are written in batches). Each instalment is in
     * exactly one published event; both parents of each are to be told.
     */
    public record CollectionsMissed(List<CollectionMissed> instalments) {
    }

    /** A payment reached the ledger (imported or posted by casework). */
    public record PaymentPosted(long caseId, long transactionId, LocalDate date, BigDecimal amount) {
    }

    /** LC-12.3: an agreed arrears plan was replaced; the paying parent is told. */
    public record ArrearsPlanChanged(long caseId, BigDecimal amountPerInstalment, String frequency, LocalDate firstDate) {
    }
}
