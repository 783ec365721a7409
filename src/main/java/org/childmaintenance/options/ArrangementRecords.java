package org.childmaintenance.options;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.childmaintenance.options.ArrangementTypes.ExtrasPayer;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ArrangementTypes.PaymentMethod;
import org.childmaintenance.options.ArrangementTypes.PaymentStatus;
import org.childmaintenance.options.ArrangementTypes.Status;

/** What {@link ArrangementService} hands out: read-only views of an arrangement for one of its parties. */
public final class ArrangementRecords {
    private ArrangementRecords() {
    }

    /** A child an arrangement is for; the date of birth is optional. */
    public record ChildDetails(String firstName, LocalDate dateOfBirth) {
    }

    /**
     * An arrangement as the asking parent may see it. Names only: no e-mail address, phone or
     * address of the other parent, ever; {@code sharedDetails} is what the author chose to share.
     */
    public record ArrangementDetails(long id, Status status, boolean youCreatedIt, ParentRole yourRole,
                                     String yourName, String otherParentName, String payingParentName,
                                     String receivingParentName, List<ChildDetails> children,
                                     BigDecimal estimateWeekly, BigDecimal amount, Frequency frequency,
                                     PaymentMethod paymentMethod, String paymentTiming, LocalDate firstPaymentDate,
                                     ExtrasPayer schoolTrips, ExtrasPayer clothes, ExtrasPayer activities,
                                     String holidays, String changesPlan, LocalDate reviewDate,
                                     String sharedDetails, boolean otherParentJoined, boolean invitationPending,
                                     Instant agreedAt, Instant confirmedAt, boolean reviewDueSoon, boolean complete) {
    }

    /** One line of the "your arrangements" list. */
    public record ArrangementSummary(long id, String otherParentName, Status status, BigDecimal amount,
                                     Frequency frequency, LocalDate reviewDate, boolean reviewDueSoon) {
    }

    /** The result of an estimate from the calculation engine. */
    public record Estimate(BigDecimal weekly, BigDecimal monthly) {
    }

    /** One tracked payment. */
    public record PaymentEntry(long id, LocalDate paidOn, BigDecimal amount, PaymentStatus status) {
    }

    /** Totals of one calendar month, for the chart. */
    public record MonthTotal(YearMonth month, BigDecimal recorded, BigDecimal confirmed) {
    }

    /** The running record of payments under a confirmed arrangement. */
    public record PaymentRecord(List<PaymentEntry> payments, BigDecimal totalRecorded, BigDecimal totalConfirmed,
                                List<MonthTotal> byMonth, boolean youPay) {
    }

    /**
     * What an application to the Child Maintenance Service can carry over from a family-based
     * arrangement that broke down. {@code otherParentName} is the other parent from the asking
     * parent's point of view.
     */
    public record ArrangementHandover(long arrangementId, ParentRole yourRole, String otherParentName,
                                      List<ChildDetails> children, BigDecimal agreedAmount, Frequency frequency,
                                      BigDecimal weeklyEquivalent, LocalDate reviewDate) {
    }
}
