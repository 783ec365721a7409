package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.childmaintenance.cases.ServiceType;

/** What the ledger shows people: read models, already cut to what the viewer may see. */
public final class LedgerViews {
    private LedgerViews() {
    }

    /** Who is looking: the paying parent, the receiving parent, or casework (sees both sides). */
    public enum Viewer { PAYING, RECEIVING, CASEWORKER }

    public record CaseSummary(long caseId, String caseReference, ServiceType serviceType, Viewer viewer) {
    }

    /** Status of a schedule line as people read it. */
    public enum LineStatus { SCHEDULED, DUE, PAID, PART_PAID, MISSED, REPORTED_MISSED, NOT_CONFIRMED }

    /**
     * One schedule line. {@code fee} is the paying parent's collection fee (paying parent and casework
     * only, else null). {@code canConfirm}: the receiving parent may confirm or report it (Direct Pay).
     */
    public record ScheduleRow(long obligationId, LocalDate dueDate, BigDecimal amount, BigDecimal fee, BigDecimal paid,
                              LocalDate paidOn, BigDecimal outstanding, LineStatus status, long daysOverdue,
                              boolean canConfirm) {
    }

    public record PlanRow(LocalDate dueDate, BigDecimal amount) {
    }

    public record MonthBar(YearMonth month, BigDecimal due, BigDecimal paid) {
    }

    /**
     * A notice raised for a schedule line: {@code amount} is what was unpaid when it was written
     * ({@code raisedFor}); {@code stillOwed} is what is unpaid of that line today (zero once paid).
     */
    public record NoticeView(String kind, LocalDate dueDate, BigDecimal amount, LocalDate raisedFor,
                             BigDecimal stillOwed) {
        /** Where the noticed payment stands today. */
        public NoticeState state() {
            return stillOwed.signum() == 0 ? NoticeState.PAID_SINCE
                    : stillOwed.compareTo(amount) < 0 ? NoticeState.PART_PAID_SINCE : NoticeState.AS_WRITTEN;
        }
    }

    /** A notice's payment: still unpaid as written, part paid since, or paid in full since. */
    public enum NoticeState { AS_WRITTEN, PART_PAID_SINCE, PAID_SINCE }

    /** Fees and charges: shown to the paying parent and casework only (LC-12.6). */
    public record Fees(BigDecimal collectionFeesCharged, BigDecimal collectionFeesOutstanding,
                       BigDecimal chargesCharged, BigDecimal chargesOutstanding) {
    }

    /** Collect & Pay money passed on to the receiving parent (receiving parent and casework only). */
    public record PassedOn(BigDecimal paidToReceivingParent, BigDecimal feesDeducted, BigDecimal waitingToBePassedOn) {
    }

    /**
     * A case's payments as one viewer may see them, worked out on {@code asOf} (today, from the
     * service's clock). {@code mayAgreePlan}: the viewer may agree an arrears plan now (LC-12.3);
     * {@code mayChangePlan}: the viewer may change the agreed plan.
     */
    public record CasePayments(long caseId, String caseReference, ServiceType serviceType, Viewer viewer,
                               List<ScheduleRow> rows, List<PlanRow> plan, BigDecimal totalDue, BigDecimal totalPaid,
                               BigDecimal arrears, long oldestArrearsDays, BigDecimal paidInAdvance, Fees fees,
                               PassedOn passedOn, List<MonthBar> months, List<NoticeView> notices,
                               List<LocalDate> reportedMissed, LocalDate asOf, boolean mayAgreePlan,
                               boolean mayChangePlan) {
    }

    /**
     * A statement line: {@code increase} adds to the balance, {@code decrease} takes from it. For the
     * paying parent the balance is what they owe; for the receiving parent, what they are still owed.
     */
    public record StatementLine(LocalDate date, TxType type, String reference, BigDecimal increase,
                                BigDecimal decrease, BigDecimal feeDeducted, BigDecimal balance) {
    }

    public record Statement(long caseId, String caseReference, Viewer viewer, LocalDate from, LocalDate to,
                            BigDecimal opening, List<StatementLine> lines, BigDecimal totalIncrease,
                            BigDecimal totalDecrease, BigDecimal closing) {
    }

    public record MissedReportView(long caseId, String caseReference, LocalDate dueDate, BigDecimal amount,
                                   LocalDate reportedOn, String note, ServiceType serviceType) {
    }

    public enum RowOutcome { ACCEPTED, DUPLICATE, REJECTED, VALID }

    /** One row of an imported file; {@code reasonKey} is a text key when rejected. */
    public record ImportRow(int line, String date, String caseReference, String amount, String reference,
                            RowOutcome outcome, String reasonKey) {
    }

    /** What an import did. {@code applied} false: the file had errors and nothing was posted. */
    public record ImportReport(List<ImportRow> rows, int accepted, int duplicates, int rejected, boolean applied) {
        public int valid() {
            return (int) rows.stream().filter(r -> r.outcome() == RowOutcome.VALID).count();
        }
    }
}
