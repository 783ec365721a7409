package org.childmaintenance.options;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.PortalPrincipal;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.calculation.CalculationEngine;
import org.childmaintenance.calculation.CalculationInput;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.childmaintenance.calculation.CalculationResult;
import org.childmaintenance.notification.NotificationService;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementRecords.ArrangementHandover;
import org.childmaintenance.options.ArrangementRecords.ArrangementSummary;
import org.childmaintenance.options.ArrangementRecords.ChildDetails;
import org.childmaintenance.options.ArrangementRecords.Estimate;
import org.childmaintenance.options.ArrangementRecords.MonthTotal;
import org.childmaintenance.options.ArrangementRecords.PaymentEntry;
import org.childmaintenance.options.ArrangementRecords.PaymentRecord;
import org.childmaintenance.options.ArrangementTypes.ExtrasPayer;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ArrangementTypes.PaymentMethod;
import org.childmaintenance.options.ArrangementTypes.PaymentStatus;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family-based (private) arrangements (journeys.md §2; case-lifecycle.md LC-2.1, LC-8.5): a
 * builder that starts from an estimate or the parents' own amount, an agreement both parents can
 * read and download, a single-use invitation for the other parent, a private payment tracker and
 * a review reminder. Only the two parties may see or act on an arrangement; neither ever sees the
 * other's e-mail address or any other contact detail (LC-17.6) beyond what they chose to share.
 */
@Service
@PreAuthorize("hasRole('PARENT')")
public class ArrangementService {
    static final Duration INVITATION_LIFETIME = Duration.ofDays(14);
    static final int REVIEW_REMINDER_DAYS = 14;
    static final int MAX_CHILDREN = 10;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000.00");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private final FamilyArrangementRepository arrangements;
    private final ArrangementInvitationRepository invitations;
    private final ArrangementPaymentRepository payments;
    private final CalculationEngine engine;
    private final NotificationService notifications;
    private final AuditService audit;
    private final Clock clock;
    private final String baseUrl;

    ArrangementService(FamilyArrangementRepository arrangements, ArrangementInvitationRepository invitations,
                       ArrangementPaymentRepository payments, CalculationEngine engine,
                       NotificationService notifications, AuditService audit, Clock clock,
                       @Value("${portal.base-url}") String baseUrl) {
        this.arrangements = arrangements;
        this.invitations = invitations;
        this.payments = payments;
        this.engine = engine;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
        FamilyArrangement a = requireParty(arrangementId);
        return toDetails(a, me().accountId());
    }

    /** The agreement as a PDF (names, children, amounts, payment, extras, review date). */
    @Transactional(readOnly = true)
    public byte[] agreementPdf(long arrangementId) {
        FamilyArrangement a = requireParty(arrangementId);
        return ArrangementPdf.render(toDetails(a, me().accountId()), LocalDate.now(clock));
    }

    // ---- Building (the author, while it is a draft) --------------------------------------

    /** Starts a new draft arrangement written by the signed-in parent. */
    @Transactional
    public long start() {
        PortalPrincipal me = me();
        FamilyArrangement a = arrangements.save(new FamilyArrangement(me.accountId(), me.fullName(), me.email(),
                clock.instant()));
        audit.record("ARRANGEMENT_STARTED", "arrangement", a.id.toString(), null);
        return a.id;
    }

    /** Who pays and who receives, and the other parent's name as it should appear in the agreement. */
    @Transactional
    public void saveParties(long arrangementId, ParentRole yourRole, String otherParentName) {
        FamilyArrangement a = requireDraft(arrangementId);
        List<FieldError> errors = new ArrayList<>();
        if (yourRole == null) {
            errors.add(new FieldError("role", "error.arrangement.role.missing"));
        }
        String name = trim(otherParentName);
        if (name.isEmpty()) {
            errors.add(new FieldError("otherName", "error.arrangement.otherName.missing"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("otherName", "error.arrangement.otherName.tooLong"));
        }
        fail(errors);
        a.creatorRole = yourRole;
        a.otherName = name;
        changed(a, "parties");
    }

    /** The children the arrangement is for (first names; dates of birth optional). */
    @Transactional
    public void saveChildren(long arrangementId, List<ChildDetails> children) {
        FamilyArrangement a = requireDraft(arrangementId);
        if (children == null || children.isEmpty()) {
            throw UserFacingException.onField("children", "error.arrangement.children.missing");
        }
        if (children.size() > MAX_CHILDREN) {
            throw UserFacingException.onField("children", "error.arrangement.children.tooMany");
        }
        LocalDate today = LocalDate.now(clock);
        for (ChildDetails c : children) {
            String name = trim(c.firstName());
            if (name.isEmpty() || name.length() > 100) {
                throw UserFacingException.onField("childName", "error.arrangement.childName.missing");
            }
            if (c.dateOfBirth() != null && (c.dateOfBirth().isAfter(today) || c.dateOfBirth().isBefore(today.minusYears(20)))) {
                throw UserFacingException.onField("childDob", "error.arrangement.childDob.range");
            }
        }
        a.children.clear();
        int position = 0;
        for (ChildDetails c : children) {
            a.children.add(new ArrangementChild(position++, trim(c.firstName()), c.dateOfBirth()));
        }
        changed(a, "children");
    }

    /**
     * An estimate from the 2012-scheme calculation (calculation.md) for the children of this
     * arrangement: the paying parent's yearly gross income and the nights a year each child stays with
     * them. Kept with the draft so the amount page can offer it; the parents may agree any amount.
     */
    @Transactional
    public Estimate estimate(long arrangementId, String annualIncome, String nightsPerYear) {
        FamilyArrangement a = requireDraft(arrangementId);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal income = null;
        if (trim(annualIncome).isEmpty()) {
            errors.add(new FieldError("income", "error.arrangement.income.missing"));
        } else {
            income = Codes.money(annualIncome).orElse(null);
            if (income == null) {
                errors.add(new FieldError("income", "error.arrangement.income.format"));
            }
        }
        int nights = 0;
        String n = trim(nightsPerYear);
        if (n.isEmpty()) {
            errors.add(new FieldError("nights", "error.arrangement.nights.missing"));
        } else if (!n.matches("\\d{1,3}") || Integer.parseInt(n) > 365) {
            errors.add(new FieldError("nights", "error.arrangement.nights.format"));
        } else {
            nights = Integer.parseInt(n);
        }
        fail(errors);
        int childCount = Math.max(1, a.children.size());
        List<ChildInput> children = new ArrayList<>();
        for (int i = 0; i < childCount; i++) {
            children.add(new ChildInput("c" + (i + 1), nights));
        }
        CalculationResult result = engine.calculate(new CalculationInput(null, income, null, null, null, 0, 0,
                List.of(new ReceivingParentInput("rp", children)), true));
        a.estimateWeekly = result.totalWeekly();
        changed(a, "estimate");
        return new Estimate(result.totalEquivalents().weekly(), result.totalEquivalents().monthly());
    }

    /** The agreed amount and how often it is paid. */
    @Transactional
    public void saveAmount(long arrangementId, String amountText, Frequency frequency) {
        FamilyArrangement a = requireDraft(arrangementId);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal amount = parseAmount(amountText, "amount", errors);
        if (frequency == null) {
            errors.add(new FieldError("frequency", "error.arrangement.frequency.missing"));
        }
        fail(errors);
        a.amount = amount;
        a.frequency = frequency;
        changed(a, "amount");
    }

    /** How and when it is paid, the first payment date and (optionally) details shared for paying. */
    @Transactional
    public void savePayment(long arrangementId, PaymentMethod method, String timing, LocalDate firstPaymentDate,
                            String sharedDetails) {
        FamilyArrangement a = requireDraft(arrangementId);
        List<FieldError> errors = new ArrayList<>();
        if (method == null) {
            errors.add(new FieldError("method", "error.arrangement.method.missing"));
        }
        String when = trim(timing);
        if (when.isEmpty()) {
            errors.add(new FieldError("timing", "error.arrangement.timing.missing"));
        } else if (when.length() > 200) {
            errors.add(new FieldError("timing", "error.arrangement.timing.tooLong"));
        }
        LocalDate today = LocalDate.now(clock);
        if (firstPaymentDate == null) {
            errors.add(new FieldError("firstPayment", "error.arrangement.firstPayment.missing"));
        } else if (firstPaymentDate.isBefore(today.minusYears(1)) || firstPaymentDate.isAfter(today.plusYears(1))) {
            errors.add(new FieldError("firstPayment", "error.arrangement.firstPayment.range"));
        }
        String shared = trim(sharedDetails);
        if (shared.length() > 500) {
            errors.add(new FieldError("shared", "error.arrangement.shared.tooLong"));
        }
        fail(errors);
        a.paymentMethod = method;
        a.paymentTiming = when;
        a.firstPaymentDate = firstPaymentDate;
        a.sharedDetails = shared.isEmpty() ? null : shared;
        changed(a, "payment");
    }

    /** Who pays for school trips, clothes and activities. */
    @Transactional
    public void saveExtras(long arrangementId, ExtrasPayer schoolTrips, ExtrasPayer clothes, ExtrasPayer activities) {
        FamilyArrangement a = requireDraft(arrangementId);
        List<FieldError> errors = new ArrayList<>();
        if (schoolTrips == null) {
            errors.add(new FieldError("schoolTrips", "error.arrangement.schoolTrips.missing"));
        }
        if (clothes == null) {
            errors.add(new FieldError("clothes", "error.arrangement.clothes.missing"));
        }
        if (activities == null) {
            errors.add(new FieldError("activities", "error.arrangement.activities.missing"));
        }
        fail(errors);
        a.extrasSchoolTrips = schoolTrips;
        a.extrasClothes = clothes;
        a.extrasActivities = activities;
        changed(a, "extras");
    }

    /** What happens about school holidays, birthdays and festivals. */
    @Transactional
    public void saveHolidays(long arrangementId, String holidays) {
        FamilyArrangement a = requireDraft(arrangementId);
        a.holidays = requiredText(holidays, "holidays", 1000);
        changed(a, "holidays");
    }

    /** What the parents will do if circumstances change (income, care, a new partner, moving). */
    @Transactional
    public void saveChangesPlan(long arrangementId, String changesPlan) {
        FamilyArrangement a = requireDraft(arrangementId);
        a.changesPlan = requiredText(changesPlan, "changes", 1000);
        changed(a, "changes");
    }

    /** When the parents will look at the arrangement again: after the first payment, within 2 years. */
    @Transactional
    public void saveReviewDate(long arrangementId, LocalDate reviewDate) {
        FamilyArrangement a = requireDraft(arrangementId);
        LocalDate today = LocalDate.now(clock);
        if (reviewDate == null) {
            throw UserFacingException.onField("reviewDate", "error.arrangement.reviewDate.missing");
        }
        if (!reviewDate.isAfter(today) || (a.firstPaymentDate != null && !reviewDate.isAfter(a.firstPaymentDate))) {
            throw UserFacingException.onField("reviewDate", "error.arrangement.reviewDate.past");
        }
        if (reviewDate.isAfter(today.plusYears(2))) {
            throw UserFacingException.onField("reviewDate", "error.arrangement.reviewDate.tooFar");
        }
        a.reviewDate = reviewDate;
        changed(a, "review date");
    }

    /** The author agrees the finished draft; it can then be shared with the other parent. */
    @Transactional
    public void agree(long arrangementId) {
        FamilyArrangement a = requireDraft(arrangementId);
        if (!a.complete()) {
            throw new UserFacingException("error.arrangement.incomplete");
        }
        a.status = Status.AGREED;
        a.agreedByCreatorAt = clock.instant();
        audit.record("ARRANGEMENT_AGREED", "arrangement", a.id.toString(), null);
    }

    // ---- Sharing -------------------------------------------------------------------------

    /**
     * E-mails the other parent a single-use code and link to read and confirm the agreement. Any earlier
     * invitation stops working. The e-mail carries the author's name only (no e-mail address); the
     * address typed here is never shown to anyone.
     */
    @Transactional
    public void invite(long arrangementId, String email) {
        FamilyArrangement a = requireParty(arrangementId);
        PortalPrincipal me = me();
        if (a.creatorAccountId != me.accountId() || a.status != Status.AGREED || a.otherAccountId != null) {
            throw new AccessDeniedException("Only the author can invite, once, after agreeing");
        }
        String address = trim(email).toLowerCase(java.util.Locale.ROOT);
        if (address.isEmpty()) {
            throw UserFacingException.onField("email", "error.arrangement.inviteEmail.missing");
        }
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw UserFacingException.onField("email", "error.arrangement.inviteEmail.format");
        }
        if (address.equalsIgnoreCase(me.email())) {
            throw UserFacingException.onField("email", "error.arrangement.inviteEmail.own");
        }
        Instant now = clock.instant();
        invitations.findByArrangementId(a.id).stream().filter(i -> i.usableAt(now)).forEach(i -> i.withdrawnAt = now);
        String code = Codes.newCode();
        invitations.save(new ArrangementInvitation(a.id, Codes.sha256(Codes.normalise(code)), address, now,
                now.plus(INVITATION_LIFETIME)));
        notifications.sendMail(address, Texts.t("mail.arrangementInvite.subject"),
                Texts.t("mail.arrangementInvite.body", a.creatorName, baseUrl + "/arrangement/join?code=" + code, code,
                        INVITATION_LIFETIME.toDays()));
        audit.record("ARRANGEMENT_INVITATION_SENT", "arrangement", a.id.toString(), null);
    }

    /**
     * The other parent, signed in, uses the code from their invitation: they become a party to the
     * arrangement. The code works once and only until it expires; the author cannot use it.
     *
     * @return the arrangement's id
     */
    @Transactional
    public long acceptInvitation(String code) {
        PortalPrincipal me = me();
        String normalised = Codes.normalise(code);
        if (normalised.isEmpty()) {
            throw UserFacingException.onField("code", "error.arrangement.code.missing");
        }
        Instant now = clock.instant();
        ArrangementInvitation invitation = invitations.findByCodeHash(Codes.sha256(normalised))
                .filter(i -> i.usableAt(now))
                .orElseThrow(() -> UserFacingException.onField("code", "error.arrangement.code.invalid"));
        FamilyArrangement a = arrangements.findById(invitation.arrangementId).orElseThrow();
        if (a.creatorAccountId == me.accountId() || a.otherAccountId != null || a.status != Status.AGREED) {
            throw UserFacingException.onField("code", "error.arrangement.code.invalid");
        }
        invitation.usedAt = now;
        a.otherAccountId = me.accountId();
        a.otherEmail = me.email();
        audit.record("ARRANGEMENT_INVITATION_ACCEPTED", "arrangement", a.id.toString(), null);
        return a.id;
    }

    /** The other parent confirms the agreement as written. The author is told by e-mail. */
    @Transactional
    public void confirm(long arrangementId) {
        FamilyArrangement a = requireParty(arrangementId);
        if (a.creatorAccountId == me().accountId() || a.status != Status.AGREED) {
            throw new AccessDeniedException("Only the invited parent confirms an agreed arrangement");
        }
        a.status = Status.CONFIRMED;
        a.confirmedAt = clock.instant();
        notifications.sendMail(a.creatorEmail, Texts.t("mail.arrangementConfirmed.subject"),
                Texts.t("mail.arrangementConfirmed.body", a.creatorName, a.otherName, baseUrl + "/arrangement/" + a.id));
        audit.record("ARRANGEMENT_CONFIRMED", "arrangement", a.id.toString(), null);
    }

    // ---- Payment tracker -----------------------------------------------------------------

    /** The paying parent records a payment they made (confirmed arrangements only). */
    @Transactional
    public void recordPayment(long arrangementId, LocalDate paidOn, String amountText) {
        FamilyArrangement a = requireParty(arrangementId);
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
            notifications.sendMail(receiverEmail, Texts.t("mail.arrangementPayment.subject"),
                    Texts.t("mail.arrangementPayment.body", receiverName, baseUrl + "/arrangement/" + a.id + "/payments"));
        }
        audit.record("ARRANGEMENT_PAYMENT_RECORDED", "arrangement", a.id.toString(),
                "payment " + p.id + ": " + amount + " on " + paidOn);
    }

    /** The receiving parent says whether a recorded payment arrived. */
    @Transactional
    public void answerPayment(long arrangementId, long paymentId, boolean received) {
        FamilyArrangement a = requireParty(arrangementId);
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
        FamilyArrangement a = requireParty(arrangementId);
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

    // ---- Handover ----------------------------------------------------

    /**
     * What an application to the Child Maintenance Service can carry over when this arrangement
     * breaks down: the children, the agreed amount (and its weekly equivalent, monthly × 12 ÷ 52) and
     * the other parent's name. Only for a party to a confirmed arrangement.
     */
    @Transactional
    public ArrangementHandover handoverFor(long arrangementId) {
        FamilyArrangement a = requireParty(arrangementId);
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

    private static String otherNameFor(FamilyArrangement a, long me) {
        return a.creatorAccountId == me ? a.otherName : a.creatorName;
    }

    private FamilyArrangement requireParty(long arrangementId) {
        long me = me().accountId();
        return arrangements.findById(arrangementId).filter(a -> a.isParty(me))
                .orElseThrow(() -> new AccessDeniedException("Not a party to this arrangement"));
    }

    private FamilyArrangement requireDraft(long arrangementId) {
        FamilyArrangement a = requireParty(arrangementId);
        if (a.creatorAccountId != me().accountId()) {
            throw new AccessDeniedException("Only the author changes a draft");
        }
        if (a.status != Status.DRAFT) {
            throw new UserFacingException("error.arrangement.notDraft");
        }
        return a;
    }

    private void changed(FamilyArrangement a, String step) {
        audit.record("ARRANGEMENT_CHANGED", "arrangement", a.id.toString(), step);
    }

    private static BigDecimal parseAmount(String text, String field, List<FieldError> errors) {
        if (trim(text).isEmpty()) {
            errors.add(new FieldError(field, "error.arrangement.amount.missing"));
            return null;
        }
        BigDecimal amount = Codes.money(text).orElse(null);
        if (amount == null) {
            errors.add(new FieldError(field, "error.arrangement.amount.format"));
        } else if (amount.signum() <= 0) {
            errors.add(new FieldError(field, "error.arrangement.amount.zero"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError(field, "error.arrangement.amount.tooBig"));
        }
        return amount;
    }

    private static String requiredText(String text, String field, int max) {
        String value = trim(text);
        if (value.isEmpty()) {
            throw UserFacingException.onField(field, "error.arrangement." + field + ".missing");
        }
        if (value.length() > max) {
            throw UserFacingException.onField(field, "error.arrangement.text.tooLong");
        }
        return value;
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static PortalPrincipal me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalPrincipal p) {
            return p;
        }
        throw new AccessDeniedException("Not signed in");
    }
}
