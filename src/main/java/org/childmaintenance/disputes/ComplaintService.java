package org.childmaintenance.disputes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.ConsolatoryPayments;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service complaints (LC-15): raising one (a parent, a representative with the DISPUTE scope for
 * them, or an employer user about an order), an acknowledgement with a reference and a target date
 * (15 working days, England and Wales bank holidays skipped) with a notice, casework's answer, the complainant's request for a review, and the final
 * response that signposts the Independent Case Examiner, with any consolatory payment recorded in the
 * ledger. Only the complainant (and casework) ever sees a complaint.
 */
@Service
public class ComplaintService {
    static final String ICE_GUIDANCE = "https://www.gov.uk/government/organisations/independent-case-examiner";

    /** What the complainant tells us. {@code caseId} for a parent's case; {@code orderReference} for employers. */
    public record ComplaintRequest(@Nullable Long caseId, @Nullable String orderReference,
                                   @Nullable ComplaintCategory category, String whatHappened, String wouldLike) {
    }

    /** A complaint with its history, as its complainant and casework see it. */
    public record ComplaintView(long id, String reference, @Nullable Long caseId, @Nullable String orderReference,
                                ComplaintCategory category, String whatHappened, String wouldLike,
                                ComplaintStatus status, Instant createdAt, LocalDate targetDate,
                                @Nullable String answer, @Nullable Instant answeredAt,
                                @Nullable String escalationReason, @Nullable Instant escalatedAt,
                                @Nullable String finalAnswer, @Nullable Instant finalAt,
                                @Nullable BigDecimal consolatory, boolean canAskForReview, boolean mayGoToIce) {
    }

    private final ComplaintRepository complaints;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final ConsolatoryPayments payments;
    private final org.childmaintenance.notices.Notify notify;
    private final AuditService audit;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, AccessService access, CurrentUser currentUser,
                     ConsolatoryPayments payments, org.childmaintenance.notices.Notify notify, AuditService audit,
                     Clock clock) {
        this.notify = notify;
        this.complaints = complaints;
        this.access = access;
        this.currentUser = currentUser;
        this.payments = payments;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Raises a complaint; returns it with its reference and target date (the acknowledgement). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ComplaintView raise(ComplaintRequest r) {
        PortalUser me = currentUser.require();
        long account = me.accountId();
        Long onBehalfOf = null;
        List<FieldError> errors = new ArrayList<>();
        String order = r.orderReference() == null || r.orderReference().isBlank() ? null : r.orderReference().trim();
        if (r.caseId() != null) {
            AccessService.Decision who = access.requireCaseAccess(r.caseId(), CaseAction.DISPUTE);
            if (who.asCaseworker()) {
                throw new AccessDeniedException("Caseworkers do not raise complaints");
            }
            onBehalfOf = who.onBehalfOf();
            account = onBehalfOf != null ? onBehalfOf : account;
            order = null;
        } else if (me.kind() == AccountKind.EMPLOYER_USER) {
            if (order == null || order.length() > 40 || !order.matches("[A-Za-z0-9/ -]+")) {
                errors.add(new FieldError("orderReference", "complaints.error.orderReference"));
            }
        } else {
            errors.add(new FieldError("caseId", "complaints.error.case"));
        }
        if (r.category() == null) {
            errors.add(new FieldError("category", "complaints.error.category"));
        }
        text(errors, "whatHappened", r.whatHappened());
        text(errors, "wouldLike", r.wouldLike());
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        String reference;
        do {
            reference = "CMP-" + SecureCodes.newCode(2, 4).toUpperCase(Locale.ROOT);
        } while (complaints.existsByReference(reference));
        Complaint c = complaints.save(new Complaint(reference, account, r.caseId(), order, r.category(),
                r.whatHappened().trim(), r.wouldLike().trim(), clock.instant(), DisputeRules.complaintTarget(today())));
        audit.recordOnBehalf("COMPLAINT_RAISED", onBehalfOf, "complaint", reference, r.category().name());
        acknowledged(c, me.accountId());
        return view(c);
    }

    /** The signed-in person's own complaints (or, on a case, those of the parent they act for), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ComplaintView> myComplaints(@Nullable Long caseId) {
        long account = complainant(caseId);
        return complaints.findByAccountIdOrderByCreatedAtDesc(account).stream()
                .filter(c -> caseId == null || caseId.equals(c.caseId())).map(this::view).toList();
    }

    /** One of the signed-in person's complaints. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ComplaintView myComplaint(@Nullable Long caseId, long id) {
        return view(mine(caseId, id));
    }

    /** Not satisfied with the answer: the complainant asks for a review (escalation) with a new target date. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ComplaintView askForReview(@Nullable Long caseId, long id, String why) {
        Complaint c = mine(caseId, id);
        if (c.status() != ComplaintStatus.ANSWERED) {
            throw new UserFacingException("complaints.error.notNow");
        }
        List<FieldError> errors = new ArrayList<>();
        text(errors, "escalationReason", why);
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        c.escalate(why.trim(), clock.instant(), DisputeRules.complaintTarget(today()));
        audit.record("COMPLAINT_ESCALATED", "complaint", c.reference(), null);
        return view(c);
    }

    // --- casework ---------------------------------------------------------------------------------

    /** A complaint in casework's queue: waiting since it came (or since the review was asked for), and who has taken it. */
    public record QueueItem(ComplaintView complaint, Instant waitingSince, boolean assigned, boolean assignedToMe) {
    }

    /** Complaints waiting for an answer or a review, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<QueueItem> queue() {
        long me = currentUser.require().accountId();
        return complaints.findByStatusInOrderByCreatedAtAscIdAsc(
                EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.REVIEW_REQUESTED)).stream()
                .map(c -> new QueueItem(view(c), c.waitingSince(), c.assignedTo() != null,
                        java.util.Objects.equals(c.assignedTo(), me))).toList();
    }

    /** Every complaint about the case, newest first (the casework case page's disputes section). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<ComplaintView> ofCase(long caseId) {
        return complaints.findByCaseIdOrderByCreatedAtDesc(caseId).stream().map(this::view).toList();
    }

    /** "Assign to me": the signed-in caseworker takes a complaint still waiting for an answer or a review. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void assignToMe(long id) {
        Complaint c = find(id);
        if (c.status() != ComplaintStatus.RECEIVED && c.status() != ComplaintStatus.REVIEW_REQUESTED) {
            throw new UserFacingException("complaints.error.notNow");
        }
        c.assignTo(currentUser.require().accountId());
        audit.record("COMPLAINT_ASSIGNED", "complaint", c.reference(), null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public ComplaintView complaint(long id) {
        return view(find(id));
    }

    /** Casework's first answer; the complainant may then ask for a review. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public ComplaintView answer(long id, String text) {
        Complaint c = find(id);
        if (c.status() != ComplaintStatus.RECEIVED) {
            throw new UserFacingException("complaints.error.notNow");
        }
        c.answer(answerText(text), clock.instant());
        told(c);
        audit.record("COMPLAINT_ANSWERED", "complaint", c.reference(), null);
        return view(c);
    }

    /**
     * The final response (it tells the complainant they can go to the Independent Case Examiner), with
     * an optional consolatory payment recorded in the case's ledger as a payment to the complainant.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public ComplaintView finalResponse(long id, String text, @Nullable BigDecimal consolatory) {
        Complaint c = find(id);
        if (c.status() == ComplaintStatus.FINAL_RESPONSE) {
            throw new UserFacingException("complaints.error.notNow");
        }
        String answer = answerText(text);
        if (consolatory != null && (consolatory.signum() <= 0 || consolatory.scale() > 2
                || consolatory.compareTo(new BigDecimal("10000")) > 0)) {
            throw UserFacingException.onField("consolatory", "complaints.error.consolatory");
        }
        if (consolatory != null && (c.caseId() == null || !payments.pay(c.caseId(), consolatory, c.reference()))) {
            throw UserFacingException.onField("consolatory", "complaints.error.noLedger");
        }
        c.finalResponse(answer, clock.instant(), consolatory == null ? null : consolatory.setScale(2));
        told(c);
        audit.record("COMPLAINT_FINAL_RESPONSE", "complaint", c.reference(), consolatory == null ? null : "payment " + consolatory);
        return view(c);
    }

    // --- internals ---------------------------------------------------------------------------------

    /**
     * The acknowledgement (LC-15): the complainant gets a notice (bell and e-mail, saying only that we
     * have their complaint) — and so does whoever raised it for them, if that was a representative.
     */
    private void acknowledged(Complaint c, long raisedBy) {
        String link = link(c);
        notify.send(c.accountId(), org.childmaintenance.notices.NotificationKind.MESSAGE, "complaints.notify.received", link);
        if (raisedBy != c.accountId()) {
            notify.send(raisedBy, org.childmaintenance.notices.NotificationKind.MESSAGE, "complaints.notify.received", link);
        }
    }

    private static String link(Complaint c) {
        return "complaints/view/" + c.id() + (c.caseId() == null ? "" : "/" + c.caseId());
    }

    /** Tells only the complainant that there is an answer (the notice says nothing more, LC-17.6). */
    private void told(Complaint c) {
        notify.send(c.accountId(), org.childmaintenance.notices.NotificationKind.MESSAGE, "complaints.notify.answered", link(c));
    }

    private long complainant(@Nullable Long caseId) {
        if (caseId == null) {
            return currentUser.require().accountId();
        }
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.DISPUTE);
        if (who.asCaseworker()) {
            throw new AccessDeniedException("Caseworkers use the complaints queue");
        }
        return who.onBehalfOf() != null ? who.onBehalfOf() : who.user().accountId();
    }

    private Complaint mine(@Nullable Long caseId, long id) {
        long account = complainant(caseId);
        return complaints.findById(id).filter(c -> c.accountId() == account)
                .filter(c -> caseId == null || caseId.equals(c.caseId()))
                .orElseThrow(() -> new AccessDeniedException("Not your complaint"));
    }

    private Complaint find(long id) {
        return complaints.findById(id).orElseThrow(() -> new UserFacingException("complaints.error.notFound"));
    }

    private static void text(List<FieldError> errors, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "complaints.error." + field));
        } else if (value.length() > ReconsiderationService.MAX_TEXT) {
            errors.add(new FieldError(field, "disputes.error.tooLong"));
        }
    }

    private static String answerText(String text) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "answer", text);
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        return text.trim();
    }

    private ComplaintView view(Complaint c) {
        return new ComplaintView(c.id(), c.reference(), c.caseId(), c.orderReference(), c.category(), c.whatHappened(),
                c.wouldLike(), c.status(), c.createdAt(), c.targetDate(), c.answer(), c.answeredAt(),
                c.escalationReason(), c.escalatedAt(), c.finalAnswer(), c.finalAt(), c.consolatory(),
                c.status() == ComplaintStatus.ANSWERED, c.status() == ComplaintStatus.FINAL_RESPONSE);
    }
}
