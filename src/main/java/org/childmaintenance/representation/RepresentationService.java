package org.childmaintenance.representation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.CaseMembership;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.messages.MessageService;
import org.childmaintenance.notification.NotificationService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.childmaintenance.base.DisplayFormats;

/**
 * Nominating someone to manage a case (LC-16.4): the parent invites by name and e-mail with a
 * scope and optional end date; the person accepts with a representative account through a
 * single-use link; the parent confirms; the parent can withdraw at any time, effective at once.
 * A representative can never be a party to the case (LC-16.3, DESIGN).
 */
@Service
public class RepresentationService {
    static final Duration LINK_LIFETIME = Duration.ofDays(14);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final EnumSet<RepresentationStatus> OPEN =
            EnumSet.of(RepresentationStatus.INVITED, RepresentationStatus.ACCEPTED, RepresentationStatus.ACTIVE);
    private final RepresentationRepository repository;
    private final CaseMembership membership;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final IdentityService identity;
    private final NotificationService notifications;
    private final MessageService messages;
    private final LedgerQueries ledger;
    private final AuditService audit;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    RepresentationService(RepresentationRepository repository, CaseMembership membership, AccessService access,
                          CurrentUser currentUser, IdentityService identity, NotificationService notifications,
                          MessageService messages, LedgerQueries ledger, AuditService audit, Clock clock,
                          @Value("${portal.base-url}") String baseUrl) {
        this.messages = messages;
        this.ledger = ledger;
        this.repository = repository;
        this.membership = membership;
        this.access = access;
        this.currentUser = currentUser;
        this.identity = identity;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A person nominated by the signed-in parent, as the parent sees them. */
    public record Nominee(long id, long caseId, String caseReference, String name, String email,
                          RepresentationScope scope, RepresentationStatus status, @Nullable LocalDate endsOn,
                          boolean ended) {
    }

    /** A parent the signed-in representative acts for (or is invited to act for). */
    public record Client(long id, long caseId, String caseReference, String parentName, RepresentationScope scope,
                         RepresentationStatus status, @Nullable LocalDate endsOn, boolean inForce,
                         List<String> attention) {
    }

    /** What an invitation link offers, before it is accepted. */
    public record InvitationPreview(String parentName, String caseReference, RepresentationScope scope,
                                    @Nullable LocalDate endsOn) {
    }

    /**
     * The parent nominates a person for one of their cases. Sends the invitation e-mail with a
     * single-use link (only its hash is kept). Returns the nomination's id.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public long nominate(long caseId, String name, String email, @Nullable RepresentationScope scope,
                         @Nullable LocalDate endsOn) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.MANAGE);
        PortalUser me = who.user();
        CaseMembership.PartyOnCase mine = membership.partyOf(caseId, me.accountId())
                .orElseThrow(() -> new AccessDeniedException("Only a parent on the case may nominate"));
        LocalDate today = today();
        String cleanName = name == null ? "" : name.trim();
        String cleanEmail = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (cleanName.isEmpty()) {
            errors.add(new FieldError("name", "reps.error.name.missing"));
        } else if (cleanName.length() > 200) {
            errors.add(new FieldError("name", "reps.error.name.long"));
        }
        if (cleanEmail.isEmpty()) {
            errors.add(new FieldError("email", "reps.error.email.missing"));
        } else if (!EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 254) {
            errors.add(new FieldError("email", "reps.error.email.format"));
        } else if (membership.isParty(caseId, identity.findAccountId(cleanEmail).orElse(null), cleanEmail)) {
            errors.add(new FieldError("email", "reps.error.email.party"));
        } else if (repository.findByParentAccountIdAndStatusInOrderByInvitedAtDesc(me.accountId(), OPEN).stream()
                .anyMatch(r -> r.caseId() == caseId && r.nomineeEmail().equals(cleanEmail))) {
            errors.add(new FieldError("email", "reps.error.email.already"));
        }
        if (scope == null || !RepresentationScope.parentChoices().contains(scope)) {
            errors.add(new FieldError("scope", "reps.error.scope.missing"));
        }
        if (endsOn != null && !endsOn.isAfter(today)) {
            errors.add(new FieldError("endsOn", "reps.error.endsOn.past"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        String token = newToken();
        Instant now = clock.instant();
        Representation r = repository.save(new Representation(caseId, mine.caseReference(), me.accountId(),
                mine.partyName(), cleanName, cleanEmail, scope, endsOn, hash(token), now, now.plus(LINK_LIFETIME)));
        notifications.sendMail(cleanEmail, () -> Texts.t("reps.mail.invite.subject"), () -> Texts.t("reps.mail.invite.body",
                cleanName, mine.partyName(), Texts.t("reps.scope." + scope.name()),
                baseUrl + "/manage-a-case/accept?token=" + token, LINK_LIFETIME.toDays()));
        audit.record("REPRESENTATIVE_NOMINATED", "case", Long.toString(caseId), "representation " + r.id() + " " + scope);
        return r.id();
    }

    /** What the link offers; a used, withdrawn or expired link says so. */
    @Transactional(readOnly = true)
    public InvitationPreview previewInvitation(String token) {
        Representation r = usable(token);
        return new InvitationPreview(r.parentName(), r.caseReference(), r.scope(), r.endsOn());
    }

    /** The nominee accepts with their own representative account; the parent must then confirm. */
    @Transactional
    @PreAuthorize("hasRole('REPRESENTATIVE')")
    public void accept(String token) {
        accept(usable(token));
    }

    /**
     * Accepts, from "My clients", an invitation sent to the signed-in representative's own (verified)
     * e-mail address: the same as following the link.
     */
    @Transactional
    @PreAuthorize("hasRole('REPRESENTATIVE')")
    public void acceptInvitation(long representationId) {
        PortalUser me = currentUser.require();
        Representation r = repository.findById(representationId)
                .filter(x -> x.nomineeEmail().equals(me.email().toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new AccessDeniedException("Not your invitation"));
        if (!r.tokenUsableAt(clock.instant())) {
            throw new UserFacingException("reps.error.link");
        }
        accept(r);
    }

    private void accept(Representation r) {
        PortalUser me = currentUser.require();
        requireNotParty(r, me.accountId(), me.email());
        boolean actsForOtherSide = repository.findByCaseIdAndStatusIn(r.caseId(), OPEN).stream()
                .anyMatch(o -> !o.id().equals(r.id()) && o.parentAccountId() != r.parentAccountId()
                        && Long.valueOf(me.accountId()).equals(o.representativeAccountId()));
        if (actsForOtherSide) {
            throw new UserFacingException("reps.error.otherSide");
        }
        r.accept(me.accountId(), clock.instant());
        membership.noteForParty(r.caseId(), r.parentAccountId(), () -> Texts.t("reps.timeline.accepted", me.fullName()));
        audit.recordOnBehalf("REPRESENTATIVE_ACCEPTED", r.parentAccountId(), "case", Long.toString(r.caseId()),
                "representation " + r.id());
    }

    /** The parent confirms a nomination the representative has accepted; from now on they may act. */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void confirm(long representationId) {
        Representation r = mine(representationId);
        if (r.status() != RepresentationStatus.ACCEPTED) {
            throw new UserFacingException("reps.error.notAccepted");
        }
        requireNotParty(r, r.representativeAccountId(), null);
        r.confirm(clock.instant());
        membership.noteForParty(r.caseId(), r.parentAccountId(), () -> Texts.t("reps.timeline.confirmed", r.nomineeName()));
        audit.record("REPRESENTATIVE_CONFIRMED", "case", Long.toString(r.caseId()), "representation " + r.id());
    }

    /** The parent withdraws at any time, effective at once (LC-16.4): the next call the representative makes is refused. */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void withdraw(long representationId) {
        Representation r = mine(representationId);
        if (r.status() == RepresentationStatus.WITHDRAWN) {
            throw new UserFacingException("reps.error.alreadyWithdrawn");
        }
        r.withdraw(clock.instant());
        membership.noteForParty(r.caseId(), r.parentAccountId(), () -> Texts.t("reps.timeline.withdrawn", r.nomineeName()));
        audit.record("REPRESENTATIVE_WITHDRAWN", "case", Long.toString(r.caseId()), "representation " + r.id());
    }

    /** The people the signed-in parent has nominated (withdrawn ones are left out). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public List<Nominee> myRepresentatives() {
        LocalDate today = today();
        return repository.findByParentAccountIdAndStatusInOrderByInvitedAtDesc(currentUser.require().accountId(), OPEN)
                .stream().map(r -> new Nominee(r.id(), r.caseId(), r.caseReference(), r.nomineeName(), r.nomineeEmail(),
                        r.scope(), r.status(), r.endsOn(), r.status() == RepresentationStatus.ACTIVE && !r.inForceOn(today)))
                .toList();
    }

    /**
     * "My clients": every parent who has nominated the signed-in representative, with the case
     * reference, the scope, the end date and what needs attention (end date, deadlines, unread messages
     * and missed payments, each within the scope the parent gave); invitations sent to their
     * e-mail address that still wait for them are listed too.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('REPRESENTATIVE')")
    public List<Client> myClients() {
        PortalUser me = currentUser.require();
        LocalDate today = today();
        List<Client> out = new ArrayList<>();
        for (Representation r : repository.findByRepresentativeAccountIdAndStatusInOrderByInvitedAtDesc(me.accountId(),
                EnumSet.of(RepresentationStatus.ACCEPTED, RepresentationStatus.ACTIVE))) {
            List<String> attention = new ArrayList<>();
            if (r.status() == RepresentationStatus.ACCEPTED) {
                attention.add(Texts.t("reps.attention.awaitingParent"));
            } else if (!r.inForceOn(today)) {
                attention.add(Texts.t("reps.attention.ended", format(r.endsOn())));
            } else {
                if (r.endsOn() != null && !r.endsOn().isAfter(today.plusDays(30))) {
                    attention.add(Texts.t("reps.attention.endsSoon", format(r.endsOn())));
                }
                membership.partyOf(r.caseId(), r.parentAccountId()).map(CaseMembership.PartyOnCase::nextDeadline)
                        .ifPresent(attention::add);
                // Asked as the representative, so each count stays within the scope the parent gave.
                int unread = messages.unreadOnCase(r.caseId());
                if (unread > 0) {
                    attention.add(Texts.t("reps.attention.unread", unread));
                }
                int missed = ledger.missedPayments(r.caseId());
                if (missed > 0) {
                    attention.add(Texts.t("reps.attention.missed", missed));
                }
            }
            out.add(new Client(r.id(), r.caseId(), r.caseReference(), r.parentName(), r.scope(), r.status(), r.endsOn(),
                    r.inForceOn(today), attention));
        }
        Instant now = clock.instant();
        for (Representation r : repository.findByNomineeEmailAndStatusOrderByInvitedAtDesc(
                me.email().toLowerCase(Locale.ROOT), RepresentationStatus.INVITED)) {
            if (r.tokenUsableAt(now)) {
                out.add(new Client(r.id(), r.caseId(), r.caseReference(), r.parentName(), r.scope(), r.status(),
                        r.endsOn(), false, List.of(Texts.t("reps.attention.invited"))));
            }
        }
        return out;
    }

    private Representation usable(String token) {
        Representation r = token == null || token.isBlank() ? null : repository.findByTokenHash(hash(token)).orElse(null);
        if (r == null || !r.tokenUsableAt(clock.instant())) {
            throw new UserFacingException("reps.error.link");
        }
        return r;
    }

    private Representation mine(long representationId) {
        long me = currentUser.require().accountId();
        return repository.findById(representationId).filter(r -> r.parentAccountId() == me)
                .orElseThrow(() -> new AccessDeniedException("Not your nomination"));
    }

    private void requireNotParty(Representation r, @Nullable Long accountId, @Nullable String email) {
        if (membership.isParty(r.caseId(), accountId, email)) {
            throw new UserFacingException("reps.error.isParty");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    static String format(@Nullable LocalDate date) {
        return DisplayFormats.date(date);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
