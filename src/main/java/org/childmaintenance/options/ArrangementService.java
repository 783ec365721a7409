package org.childmaintenance.options;

import static org.childmaintenance.options.ArrangementParties.me;
import static org.childmaintenance.options.ArrangementParties.otherNameFor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementRecords.ArrangementHandover;
import org.childmaintenance.options.ArrangementRecords.ArrangementSummary;
import org.childmaintenance.options.ArrangementRecords.ChildDetails;
import org.childmaintenance.options.ArrangementRecords.Estimate;
import org.childmaintenance.options.ArrangementRecords.PaymentRecord;
import org.childmaintenance.options.ArrangementTypes.ExtrasPayer;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ArrangementTypes.PaymentMethod;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of family-based arrangements (journeys.md §2; LC-2.1, LC-8.5): reads one for a
 * party and hands it over to an application; building, sharing and payments are delegated.
 *
 * <p>Delegates to {@link ArrangementBuilder}, {@link ArrangementSharing} and
 * {@link ArrangementPaymentTracker}. Only the two parties may see or act on an arrangement; neither
 * ever sees the other's contact details (LC-17.6).
 */
@Service
@PreAuthorize("hasRole('PARENT')")
public class ArrangementService {
    static final int REVIEW_REMINDER_DAYS = 14;

    private final FamilyArrangementRepository arrangements;
    private final ArrangementInvitationRepository invitations;
    private final ArrangementParties parties;
    private final ArrangementBuilder builder;
    private final ArrangementSharing sharing;
    private final ArrangementPaymentTracker tracker;
    private final AuditService audit;
    private final Clock clock;

    ArrangementService(FamilyArrangementRepository arrangements, ArrangementInvitationRepository invitations,
                       ArrangementParties parties, ArrangementBuilder builder, ArrangementSharing sharing,
                       ArrangementPaymentTracker tracker, AuditService audit, Clock clock) {
        this.arrangements = arrangements;
        this.invitations = invitations;
        this.parties = parties;
        this.builder = builder;
        this.sharing = sharing;
        this.tracker = tracker;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- Reading -------------------------------------------------------------------------

    /** The signed-in parent's arrangements, newest first. */
    @Transactional(readOnly = true)
    public List<ArrangementSummary> mine() {
        long me = me().accountId();
        return arrangements.findForParty(me).stream()
                .map(a -> new ArrangementSummary(a.id, otherNameFor(a, me), a.status, a.amount, a.frequency,
                        a.reviewDate, reviewDueSoon(a)))
                .toList();
    }

    /** One arrangement, as the asking parent may see it. Refused unless they are a party to it. */
    @Transactional(readOnly = true)
    public ArrangementDetails details(long arrangementId) {
        FamilyArrangement a = parties.requireParty(arrangementId);
        return toDetails(a, me().accountId());
    }

    /** The agreement as a PDF (names, children, amounts, payment, extras, review date). */
    @Transactional(readOnly = true)
    public byte[] agreementPdf(long arrangementId) {
        FamilyArrangement a = parties.requireParty(arrangementId);
        return ArrangementPdf.render(toDetails(a, me().accountId()), LocalDate.now(clock), clock.getZone());
    }

    // ---- Building (ArrangementBuilder) ---------------------------------------------------

    public long start() {
        return builder.start();
    }

    public void saveParties(long arrangementId, ParentRole yourRole, String otherParentName) {
        builder.saveParties(arrangementId, yourRole, otherParentName);
    }

    public void saveChildren(long arrangementId, List<ChildDetails> children) {
        builder.saveChildren(arrangementId, children);
    }

    public Estimate estimate(long arrangementId, String annualIncome, String nightsPerYear) {
        return builder.estimate(arrangementId, annualIncome, nightsPerYear);
    }

    public void saveAmount(long arrangementId, String amountText, Frequency frequency) {
        builder.saveAmount(arrangementId, amountText, frequency);
    }

    public void savePayment(long arrangementId, PaymentMethod method, String timing, LocalDate firstPaymentDate,
                            String sharedDetails) {
        builder.savePayment(arrangementId, method, timing, firstPaymentDate, sharedDetails);
    }

    public void saveExtras(long arrangementId, ExtrasPayer schoolTrips, ExtrasPayer clothes, ExtrasPayer activities) {
        builder.saveExtras(arrangementId, schoolTrips, clothes, activities);
    }

    public void saveHolidays(long arrangementId, String holidays) {
        builder.saveHolidays(arrangementId, holidays);
    }

    public void saveChangesPlan(long arrangementId, String changesPlan) {
        builder.saveChangesPlan(arrangementId, changesPlan);
    }

    public void saveReviewDate(long arrangementId, LocalDate reviewDate) {
        builder.saveReviewDate(arrangementId, reviewDate);
    }

    public void agree(long arrangementId) {
        builder.agree(arrangementId);
    }

    // ---- Sharing (ArrangementSharing) ----------------------------------------------------

    public void invite(long arrangementId, String email) {
        sharing.invite(arrangementId, email);
    }

    public long acceptInvitation(String code) {
        return sharing.acceptInvitation(code);
    }

    public ArrangementSharing.JoinPreview previewInvitation(String code) {
        return sharing.previewInvitation(code);
    }

    public void confirm(long arrangementId) {
        sharing.confirm(arrangementId);
    }

    // ---- Payment tracker (ArrangementPaymentTracker) -------------------------------------

    public void recordPayment(long arrangementId, LocalDate paidOn, String amountText) {
        tracker.recordPayment(arrangementId, paidOn, amountText);
    }

    public void answerPayment(long arrangementId, long paymentId, boolean received) {
        tracker.answerPayment(arrangementId, paymentId, received);
    }

    public PaymentRecord payments(long arrangementId) {
        return tracker.payments(arrangementId);
    }

    // ---- Handover ------------------------------------------------------------------------

    /**
     * What an application to the Child Maintenance Service can carry over when this arrangement
     * breaks down: the children, the agreed amount (and its weekly equivalent, monthly × 12 ÷ 52) and
     * the other parent's name. Only for a party to a confirmed arrangement.
     */
    @Transactional
    public ArrangementHandover handoverFor(long arrangementId) {
        FamilyArrangement a = parties.requireParty(arrangementId);
        if (a.status != Status.CONFIRMED) {
            throw new AccessDeniedException("Only a confirmed arrangement can be carried over");
        }
        long me = me().accountId();
        audit.record("ARRANGEMENT_HANDOVER", "arrangement", a.id.toString(), null);
        return new ArrangementHandover(a.id, a.roleOf(me), otherNameFor(a, me), children(a), a.amount, a.frequency,
                weeklyEquivalent(a.amount, a.frequency), a.reviewDate);
    }

    /** The weekly equivalent of an amount paid at a frequency (monthly: × 12 ÷ 52), to the penny. */
    public static BigDecimal weeklyEquivalent(BigDecimal amount, Frequency frequency) {
        if (amount == null || frequency == null) {
            return null;
        }
        return switch (frequency) {
            case WEEKLY -> amount.setScale(2, RoundingMode.HALF_UP);
            case FORTNIGHTLY -> amount.divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
            case FOUR_WEEKLY -> amount.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
            case MONTHLY -> amount.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(52), 2, RoundingMode.HALF_UP);
        };
    }

    /** A weekly amount as a monthly one (× 52 ÷ 12, to the penny), as the calculation shows it. */
    public static BigDecimal weeklyEquivalentToMonthly(BigDecimal weekly) {
        return weekly == null ? null
                : weekly.multiply(BigDecimal.valueOf(52)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    // ---- Helpers -------------------------------------------------------------------------

    private ArrangementDetails toDetails(FamilyArrangement a, long me) {
        boolean author = a.creatorAccountId == me;
        Instant now = clock.instant();
        boolean pending = author && a.otherAccountId == null
                && invitations.findByArrangementId(a.id).stream().anyMatch(i -> i.usableAt(now));
        return new ArrangementDetails(a.id, a.status, author, a.roleOf(me), author ? a.creatorName : a.otherName,
                otherNameFor(a, me), a.payingParentName(), a.receivingParentName(), children(a), a.estimateWeekly,
                a.amount, a.frequency, a.paymentMethod, a.paymentTiming, a.firstPaymentDate, a.extrasSchoolTrips,
                a.extrasClothes, a.extrasActivities, a.holidays, a.changesPlan, a.reviewDate, a.sharedDetails,
                a.otherAccountId != null, pending, a.agreedByCreatorAt, a.confirmedAt, reviewDueSoon(a), a.complete());
    }

    private static List<ChildDetails> children(FamilyArrangement a) {
        return a.children.stream().map(c -> new ChildDetails(c.firstName, c.dateOfBirth)).toList();
    }

    private boolean reviewDueSoon(FamilyArrangement a) {
        return a.status == Status.CONFIRMED && a.reviewDate != null
                && !a.reviewDate.isAfter(LocalDate.now(clock).plusDays(REVIEW_REMINDER_DAYS));
    }
}
