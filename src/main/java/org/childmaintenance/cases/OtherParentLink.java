package org.childmaintenance.cases;

import static org.childmaintenance.cases.Formats.blank;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.RequestInfo;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseService.InvitationPreview;
import org.childmaintenance.identity.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking the other parent (LC-3.7, LC-4.2, LC-4.3): one-time activation codes, what the other
 * parent sees before linking, and linking itself, which gives the paying parent notice.
 */
@Service
public class OtherParentLink {
    static final Duration INVITATION_LIFETIME = Duration.ofDays(28);
    static final int DETAILS_DAYS = 14;
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** 12 characters of a 31-character alphabet: about 59 bits. */
    static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseRepository cases;
    private final PartyRepository parties;
    private final InvitationRepository invitations;
    private final DecisionMaker decisionMaker;
    private final CaseSupport support;
    private final AuditService audit;
    private final CodeAttempts attempts;
    private final SafetyFlags safetyFlags;
    private final Clock clock;

    OtherParentLink(CaseRepository cases, PartyRepository parties, InvitationRepository invitations,
                    DecisionMaker decisionMaker, CaseSupport support, AuditService audit, CodeAttempts attempts,
                    SafetyFlags safetyFlags, Clock clock) {
        this.attempts = attempts;
        this.safetyFlags = safetyFlags;
        this.cases = cases;
        this.parties = parties;
        this.invitations = invitations;
        this.decisionMaker = decisionMaker;
        this.support = support;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new one-time activation code for the other parent, sent by e-mail or letter ({@code channel}). */
    String newInvitation(MaintenanceCase c, String channel) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        Instant now = clock.instant();
        // An e-mailed code only works for the account with the address it was sent to.
        String boundTo = "EMAIL".equals(channel)
                ? parties.findByCaseIdAndRole(c.id(), c.applicantType().role().other()).map(Party::email).orElse(null)
                : null;
        invitations.save(new Invitation(c.id(), channel, CaseSupport.sha256(code.toString()), now,
                now.plus(INVITATION_LIFETIME)).boundTo(boundTo));
        audit.record("CASE_INVITATION_ISSUED", "case", c.id().toString(), channel);
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    private record Invited(Invitation invitation, MaintenanceCase c, Party invitee) {
    }

    private Invited findInvitation(String code) {
        PortalUser me = support.me();
        if (blank(code)) {
            throw UserFacingException.onField("code", "error.link.code.missing");
        }
        // Calls outside a web request (jobs, tests) are limited per account only.
        String address = RequestInfo.current().isPresent() ? RequestInfo.clientAddress() : null;
        // Counted before it is checked, so parallel guesses cannot outrun the limit (CodeAttempts).
        long attempt = attempts.begin(me.accountId(), address)
                .orElseThrow(() -> UserFacingException.onField("code", "error.link.tooManyAttempts"));
        String normalised = code.replaceAll("[\\s-]", "").toUpperCase(Locale.UK);
        Optional<Invitation> found = normalised.length() == CODE_LENGTH
                ? invitations.findByCodeHash(CaseSupport.sha256(normalised)).filter(i -> i.usableAt(clock.instant()))
                : Optional.empty();
        if (found.isEmpty()) {
            throw UserFacingException.onField("code", "error.link.code.invalid"); // the attempt stays: a wrong code
        }
        if (!found.get().isFor(me.email())) {
            throw UserFacingException.onField("code", "error.link.code.otherPerson"); // stays too
        }
        attempts.right(attempt);
        MaintenanceCase c = cases.findById(found.get().caseId()).orElseThrow();
        if (parties.findByCaseIdAndAccountId(c.id(), me.accountId()).isPresent()) {
            throw UserFacingException.onField("code", "error.link.ownCase");
        }
        Party invitee = parties.findByCaseIdAndRole(c.id(), c.applicantType().role().other()).orElseThrow();
        if (invitee.accountId() != null || c.status() == CaseStatus.CLOSED) {
            throw UserFacingException.onField("code", "error.link.code.invalid");
        }
        return new Invited(found.get(), c, invitee);
    }

    /** What the other parent is shown before linking: the case, their side, the applicant's name and the children. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public InvitationPreview previewInvitation(String code) {
        Invited inv = findInvitation(code);
        Party applicant = parties.findByCaseIdAndRole(inv.c().id(), inv.c().applicantType().role()).orElseThrow();
        return new InvitationPreview(inv.c().reference(), inv.invitee().role(), CaseParties.shownName(applicant),
                support.childNames(inv.c().id()));
    }

    /**
     * Links the signed-in parent to a case with their activation code (LC-3.7). That is the
     * paying parent's notice (LC-4.2): the initial effective date is the next day (electronic
     * notice, LC-4.3), or the application date when the paying parent applied. A paying parent
     * who says they may not be the parent opens a parentage dispute (LC-5.1) instead.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public long acceptInvitation(String code, @Nullable Boolean acceptsParentage) {
        return acceptInvitation(code, acceptsParentage, null);
    }

    /**
     * As {@link #acceptInvitation(String, Boolean)}, with the linking parent's answer to the same
     * domestic-abuse question the applicant was asked (LC-17.4): yes sets their safety flag.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public long acceptInvitation(String code, @Nullable Boolean acceptsParentage, @Nullable Boolean safetyConcern) {
        Invited inv = findInvitation(code);
        MaintenanceCase c = inv.c();
        Party invitee = inv.invitee();
        if (invitee.role() == PartyRole.PAYING && acceptsParentage == null) {
            throw UserFacingException.onField("acceptsParentage", "error.link.parentage.missing");
        }
        PortalUser me = support.me();
        invitee.link(me.accountId(), me.fullName());
        invitee.details(invitee.dateOfBirth(), invitee.niNumber(), invitee.employer(), me.email());
        inv.invitation().use(clock.instant(), me.accountId());
        LocalDate today = support.today();
        if (c.status() == CaseStatus.FINDING_OTHER_PARENT) {
            giveNotice(c, today, today.plusDays(1));
        }
        decisionMaker.tellBoth(c, () -> Texts.t("timeline.linked"));
        if (invitee.role() == PartyRole.PAYING && Boolean.FALSE.equals(acceptsParentage)
                && (c.status() == CaseStatus.AWAITING_DETAILS || c.status() == CaseStatus.FINDING_OTHER_PARENT)) {
            c.moveTo(CaseStatus.PARENTAGE_DISPUTED);
            decisionMaker.tellBoth(c, () -> Texts.t("timeline.parentageDisputed"));
            audit.record("CASE_PARENTAGE_DISPUTED", "case", c.id().toString(), null);
        }
        audit.record("CASE_LINKED", "case", c.id().toString(), invitee.role().name());
        if (Boolean.TRUE.equals(safetyConcern)) {
            safetyFlags.flag(invitee, "when linking");
        }
        return c.id();
    }

    /** The paying parent has notice (LC-4.2); the case waits for their details. Callers have checked who is asking. */
    void giveNotice(MaintenanceCase c, LocalDate noticeDate, LocalDate effectiveIfNotApplicant) {
        LocalDate effective = c.applicantType() == ApplicantType.PAYING_PARENT
                ? LocalDate.ofInstant(c.createdAt(), clock.getZone()) : effectiveIfNotApplicant;
        // A case continuing an old-scheme case starts the day after the old liability ends, so there is no
        // gap and no overlap; notice given later than that still counts from the notice (LC-4.3).
        LocalDate earliest = c.earliestEffectiveDate();
        if (earliest != null && earliest.isAfter(effective)) {
            effective = earliest;
        }
        c.noticeGiven(noticeDate, effective, noticeDate.plusDays(DETAILS_DAYS));
        c.moveTo(CaseStatus.AWAITING_DETAILS);
    }
}
