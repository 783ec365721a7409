package org.childmaintenance.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.outreach.OutreachViews.AppointmentAnswers;
import org.childmaintenance.outreach.OutreachViews.CallBackAnswers;
import org.childmaintenance.outreach.OutreachViews.CentreInfo;
import org.childmaintenance.outreach.OutreachViews.MyRequest;
import org.childmaintenance.outreach.OutreachViews.SlotInfo;
import org.childmaintenance.outreach.OutreachViews.Submitted;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Talk to someone" for parents and visitors: ask for a call-back or book an appointment at a partner
 * centre, see your requests and cancel them. A signed-in parent's requests are theirs by account; a
 * visitor's are reached only through the private link e-mailed to them (a 256-bit token stored as its
 * hash) — the reference alone opens nothing, so it is safe to read out on the phone.
 */
@Service
public class HelpRequests {
    /** How far ahead people may book. */
    static final int WEEKS_AHEAD = 8;
    private static final List<String> PLACES = List.of("options", "estimate", "arrangement");
    private final HelpRequestRepository requests;
    private final CentreRepository centres;
    private final SlotRepository slots;
    private final OutreachAccess access;
    private final OutreachNotices notices;
    private final VisitorLimits limits;
    private final AuditService audit;
    private final Clock clock;

    HelpRequests(HelpRequestRepository requests, CentreRepository centres, SlotRepository slots, OutreachAccess access,
                 OutreachNotices notices, VisitorLimits limits, AuditService audit, Clock clock) {
        this.requests = requests;
        this.centres = centres;
        this.slots = slots;
        this.access = access;
        this.notices = notices;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /** The partner centres people can visit, by name, with their addresses and opening times. */
    @Transactional(readOnly = true)
    public List<CentreInfo> centres() {
        return centres.findAllByOrderByName().stream().map(HelpRequests::info).toList();
    }

    /** A centre's free appointment times from now to {@value #WEEKS_AHEAD} weeks ahead, earliest first. */
    @Transactional(readOnly = true)
    public List<SlotInfo> freeSlots(long centreId) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate last = now.toLocalDate().plusWeeks(WEEKS_AHEAD);
        return slots.findByCentreIdAndSlotDateGreaterThanEqualOrderBySlotDateAscStartTimeAsc(centreId, now.toLocalDate())
                .stream()
                .filter(s -> s.bookedRequestId() == null && bookable(s, now, last))
                .map(s -> new SlotInfo(s.id(), s.slotDate(), s.startTime(), s.lengthMinutes(), false, null, null))
                .toList();
    }

    private static boolean bookable(Slot s, LocalDateTime now, LocalDate last) {
        return s.slotDate().atTime(s.startTime()).isAfter(now) && !s.slotDate().isAfter(last);
    }

    /** Asks for a phone call-back (a signed-in parent, or a visitor who gives their name). */
    @Transactional
    public Submitted askForCallBack(CallBackAnswers a) {
        Optional<PortalUser> parent = access.parentOrVisitor();
        List<FieldError> errors = new ArrayList<>();
        visitorChecks(parent, a.fullName(), a.email(), false, errors);
        Answers.phoneProblem(a.phone(), true).ifPresent(k -> errors.add(new FieldError("phone", k)));
        if (a.messageOk() == null) {
            errors.add(new FieldError("messageOk", "outreach.error.message.missing"));
        }
        Answers.timesProblem(a.times()).ifPresent(k -> errors.add(new FieldError("times", k)));
        topicChecks(a.topic(), a.details(), errors);
        refuseIfAny(errors);
        limits.check(parent.isEmpty(), email(parent, a.email()));
        HelpRequest r = HelpRequest.callBack(newReference(), parent.map(PortalUser::accountId).orElse(null),
                name(parent, a.fullName()), email(parent, a.email()), UkPhone.normalise(Answers.line(a.phone())).orElseThrow(),
                a.times(), a.topic(), details(a.details()), a.messageOk(), place(a.cameFrom()), clock.instant());
        String token = tokenFor(r);
        r = requests.save(r);
        audit.record("HELP_CALL_BACK_REQUESTED", "help_request", r.id().toString(), r.reference());
        notices.received(r, null, token);
        return new Submitted(r.reference(), r.kind(), token != null);
    }

    /**
     * Books a free slot at a partner centre. The slot is taken with one conditional update: when two
     * people book the same slot at once, one gets it and the other is told to choose another time.
     */
    @Transactional
    public Submitted bookAppointment(AppointmentAnswers a) {
        Optional<PortalUser> parent = access.parentOrVisitor();
        List<FieldError> errors = new ArrayList<>();
        Slot slot = a.slotId() == null ? null : slots.findById(a.slotId()).orElse(null);
        LocalDateTime now = LocalDateTime.now(clock);
        if (slot == null || slot.bookedRequestId() != null || !bookable(slot, now, now.toLocalDate().plusWeeks(WEEKS_AHEAD))) {
            errors.add(new FieldError("slot", a.slotId() == null ? "outreach.error.slot.missing" : "outreach.error.slot.taken"));
        }
        visitorChecks(parent, a.fullName(), a.email(), true, errors);
        topicChecks(a.topic(), a.details(), errors);
        refuseIfAny(errors);
        limits.check(parent.isEmpty(), email(parent, a.email()));
        Centre centre = centres.findById(slot.centreId()).orElseThrow();
        HelpRequest r = HelpRequest.appointment(newReference(), parent.map(PortalUser::accountId).orElse(null),
                name(parent, a.fullName()), email(parent, a.email()), slot, a.topic(), details(a.details()),
                place(a.cameFrom()), clock.instant());
        String token = tokenFor(r);
        r = requests.saveAndFlush(r);
        if (slots.book(slot.id(), r.id()) != 1) {
            // Someone else booked it between our check and now: nothing of this request is kept.
            throw new UserFacingException("error.form", List.of(new FieldError("slot", "outreach.error.slot.taken")));
        }
        audit.record("HELP_APPOINTMENT_BOOKED", "help_request", r.id().toString(), r.reference() + " slot " + slot.id());
        notices.received(r, centre, token);
        return new Submitted(r.reference(), r.kind(), token != null);
    }

    /** The signed-in parent's requests for help, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public List<MyRequest> myRequests() {
        List<HelpRequest> mine = requests.findByAccountIdOrderByCreatedAtDesc(access.me().accountId());
        Map<Long, Centre> byId = centresOf(mine);
        return mine.stream().map(r -> mine(r, byId.get(r.centreId()))).toList();
    }

    /** One of the signed-in parent's own requests (anyone else's is refused). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public MyRequest myRequest(long helpRequestId) {
        HelpRequest r = own(helpRequestId);
        return mine(r, r.centreId() == null ? null : centres.findById(r.centreId()).orElse(null));
    }

    /** Cancels one of the signed-in parent's open requests; an appointment's slot is free again at once. */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void cancelMine(long helpRequestId) {
        cancel(own(helpRequestId));
    }

    /** The request a visitor's private link opens, if the link is valid (a cancelled request's link ends). */
    @Transactional(readOnly = true)
    public Optional<MyRequest> byLink(String token) {
        return requests.findByManageTokenHash(SecureCodes.sha256(token == null ? "" : token))
                .map(r -> mine(r, r.centreId() == null ? null : centres.findById(r.centreId()).orElse(null)));
    }

    /** Cancels the request a visitor's private link opens. */
    @Transactional
    public void cancelByLink(String token) {
        HelpRequest r = requests.findByManageTokenHash(SecureCodes.sha256(token == null ? "" : token))
                .orElseThrow(() -> new AccessDeniedException("No request has this link"));
        cancel(r);
    }

    private void cancel(HelpRequest r) {
        if (!r.status().open()) {
            throw new UserFacingException("outreach.error.notOpen");
        }
        r.close(RequestStatus.CANCELLED, null, clock.instant());
        if (r.slotId() != null) {
            slots.free(r.slotId(), r.id());
        }
        audit.record("HELP_REQUEST_CANCELLED", "help_request", r.id().toString(), r.reference());
        notices.cancelled(r);
    }

    private HelpRequest own(long helpRequestId) {
        long me = access.me().accountId();
        return requests.findById(helpRequestId).filter(r -> r.accountId() != null && r.accountId() == me)
                .orElseThrow(() -> new AccessDeniedException("Not your request"));
    }

    private Map<Long, Centre> centresOf(List<HelpRequest> list) {
        List<Long> ids = list.stream().map(HelpRequest::centreId).filter(java.util.Objects::nonNull).distinct().toList();
        return centres.findAllById(ids).stream().collect(Collectors.toMap(Centre::id, Function.identity()));
    }

    static MyRequest mine(HelpRequest r, @Nullable Centre c) {
        return new MyRequest(r.id(), r.reference(), r.kind(), r.status(), r.createdAt(), c == null ? null : c.name(),
                c == null ? null : c.address(), r.appointmentDate(), r.appointmentTime(), r.callTimes(), r.topic());
    }

    static CentreInfo info(Centre c) {
        return new CentreInfo(c.id(), c.name(), c.address(), c.openingTimes());
    }

    private static void visitorChecks(Optional<PortalUser> parent, @Nullable String name, @Nullable String email,
                                      boolean emailRequired, List<FieldError> errors) {
        if (parent.isPresent()) {
            return;
        }
        Answers.nameProblem(name, "outreach.error.name.missing").ifPresent(k -> errors.add(new FieldError("fullName", k)));
        Answers.emailProblem(email, emailRequired).ifPresent(k -> errors.add(new FieldError("email", k)));
    }

    private static void topicChecks(@Nullable Topic topic, @Nullable String details, List<FieldError> errors) {
        if (topic == null) {
            errors.add(new FieldError("topic", "outreach.error.topic.missing"));
        }
        Answers.detailsProblem(topic, details).ifPresent(k -> errors.add(new FieldError("details", k)));
    }

    static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
    }

    private static String name(Optional<PortalUser> parent, @Nullable String typed) {
        return parent.map(PortalUser::fullName).orElseGet(() -> Answers.line(typed));
    }

    private static @Nullable String email(Optional<PortalUser> parent, @Nullable String typed) {
        if (parent.isPresent()) {
            return null; // a parent hears through their notices, at their account's address
        }
        String email = Answers.email(typed);
        return email.isEmpty() ? null : email;
    }

    static @Nullable String details(@Nullable String typed) {
        String text = Answers.text(typed);
        return text.isEmpty() ? null : text;
    }

    private static @Nullable String place(@Nullable String cameFrom) {
        return cameFrom != null && PLACES.contains(cameFrom) ? cameFrom : null;
    }

    /** A visitor who gave an e-mail address gets a private link; the token itself is never stored. */
    private static @Nullable String tokenFor(HelpRequest r) {
        if (r.accountId() != null || r.email() == null) {
            return null;
        }
        String token = SecureCodes.newToken();
        r.giveManageToken(SecureCodes.sha256(token));
        return token;
    }

    String newReference() {
        String ref;
        do {
            ref = "TS-" + SecureCodes.newCode(2, 4).toUpperCase(java.util.Locale.ROOT);
        } while (requests.existsByReference(ref));
        return ref;
    }
}
