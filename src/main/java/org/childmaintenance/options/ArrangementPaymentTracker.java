package org.childmaintenance.options;

import static org.childmaintenance.options.ArrangementInput.fail;
import static org.childmaintenance.options.ArrangementInput.parseAmount;
import static org.childmaintenance.options.ArrangementParties.me;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.notification.NotificationService;
import org.childmaintenance.options.ArrangementRecords.MonthTotal;
import org.childmaintenance.options.ArrangementRecords.PaymentEntry;
import org.childmaintenance.options.ArrangementRecords.PaymentRecord;
import org.childmaintenance.options.ArrangementTypes.PaymentStatus;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private payment tracker of a confirmed arrangement: the paying parent records payments, the
 * receiving parent says whether they arrived, and both see the running record by month.
 */
@Service
@PreAuthorize("hasRole('PARENT')")
public class ArrangementPaymentTracker {
    private final ArrangementPaymentRepository payments;
    private final ArrangementParties parties;
    private final NotificationService notifications;
    private final AuditService audit;
    private final Clock clock;
    private final String baseUrl;

    ArrangementPaymentTracker(ArrangementPaymentRepository payments, ArrangementParties parties,
                              NotificationService notifications, AuditService audit, Clock clock,
                              @Value("${portal.base-url}") String baseUrl) {
        this.payments = payments;
        this.parties = parties;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The paying parent records a payment they made (confirmed arrangements only). */
    @Transactional
    public void recordPayment(long arrangementId, LocalDate paidOn, String amountText) {
        FamilyArrangement a = parties.requireParty(arrangementId);
        long me = me().accountId();
        if (a.status != Status.CONFIRMED || a.roleOf(me) != ParentRole.PAYING) {
            throw new AccessDeniedException("Only the paying parent records payments on a confirmed arrangement");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (paidOn == null) {
            errors.add(new FieldError("paidOn", "error.arrangement.paidOn.missing"));
        } else if (paidOn.isAfter(today)) {
            errors.add(new FieldError("paidOn", "error.arrangement.paidOn.future"));
        } else if (paidOn.isBefore(today.minusYears(2))) {
            errors.add(new FieldError("paidOn", "error.arrangement.paidOn.tooOld"));
        }
        BigDecimal amount = parseAmount(amountText, "paymentAmount", errors);
        fail(errors);
        ArrangementPayment p = payments.save(new ArrangementPayment(a.id, paidOn, amount, me, clock.instant()));
        String receiverEmail = a.roleOf(a.creatorAccountId) == ParentRole.RECEIVING ? a.creatorEmail : a.otherEmail;
        String receiverName = a.receivingParentName();
        if (receiverEmail != null) {
            notifications.sendMail(receiverEmail, () -> Texts.t("mail.arrangementPayment.subject"),
                    () -> Texts.t("mail.arrangementPayment.body", receiverName, baseUrl + "/arrangement/" + a.id + "/payments"));
        }
        audit.record("ARRANGEMENT_PAYMENT_RECORDED", "arrangement", a.id.toString(),
                "payment " + p.id + ": " + amount + " on " + paidOn);
    }

    /** The receiving parent says whether a recorded payment arrived. */
    @Transactional
    public void answerPayment(long arrangementId, long paymentId, boolean received) {
        FamilyArrangement a = parties.requireParty(arrangementId);
        if (a.roleOf(me().accountId()) != ParentRole.RECEIVING) {
            throw new AccessDeniedException("Only the receiving parent confirms payments");
        }
        ArrangementPayment p = payments.findById(paymentId).filter(x -> x.arrangementId == a.id)
                .orElseThrow(() -> new AccessDeniedException("Not a payment of this arrangement"));
        if (p.status != PaymentStatus.RECORDED) {
            throw new UserFacingException("error.arrangement.payment.answered");
        }
        p.status = received ? PaymentStatus.CONFIRMED : PaymentStatus.NOT_RECEIVED;
        p.answeredAt = clock.instant();
        audit.record(received ? "ARRANGEMENT_PAYMENT_CONFIRMED" : "ARRANGEMENT_PAYMENT_NOT_RECEIVED", "arrangement",
                a.id.toString(), "payment " + p.id);
    }

    /** The running record of payments, with totals by month for the chart. */
    @Transactional(readOnly = true)
    public PaymentRecord payments(long arrangementId) {
        FamilyArrangement a = parties.requireParty(arrangementId);
        List<ArrangementPayment> list = payments.findByArrangementIdOrderByPaidOnAscIdAsc(a.id);
        BigDecimal recorded = BigDecimal.ZERO.setScale(2);
        BigDecimal confirmed = BigDecimal.ZERO.setScale(2);
        Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
        for (ArrangementPayment p : list) {
            BigDecimal[] m = months.computeIfAbsent(YearMonth.from(p.paidOn),
                    k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            if (p.status != PaymentStatus.NOT_RECEIVED) {
                recorded = recorded.add(p.amount);
                m[0] = m[0].add(p.amount);
            }
            if (p.status == PaymentStatus.CONFIRMED) {
                confirmed = confirmed.add(p.amount);
                m[1] = m[1].add(p.amount);
            }
        }
        List<MonthTotal> byMonth = months.entrySet().stream()
                .map(e -> new MonthTotal(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<PaymentEntry> entries = list.stream().map(p -> new PaymentEntry(p.id, p.paidOn, p.amount, p.status)).toList();
        return new PaymentRecord(entries, recorded, confirmed, byMonth, a.roleOf(me().accountId()) == ParentRole.PAYING);
    }
}
