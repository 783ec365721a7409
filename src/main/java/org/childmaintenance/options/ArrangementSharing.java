package org.childmaintenance.options;

import static org.childmaintenance.options.ArrangementInput.trim;
import static org.childmaintenance.options.ArrangementParties.me;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.PortalPrincipal;
import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.notification.NotificationService;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing an agreed arrangement: a single-use e-mailed invitation for the other parent, their
 * accepting it, and their confirming the agreement. Neither parent sees the other's e-mail (LC-17.6).
 */
@Service
@PreAuthorize("hasRole('PARENT')")
public class ArrangementSharing {
    static final Duration INVITATION_LIFETIME = Duration.ofDays(14);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private final FamilyArrangementRepository arrangements;
    private final ArrangementInvitationRepository invitations;
    private final ArrangementParties parties;
    private final NotificationService notifications;
    private final AuditService audit;
    private final Clock clock;
    private final String baseUrl;

    ArrangementSharing(FamilyArrangementRepository arrangements, ArrangementInvitationRepository invitations,
                       ArrangementParties parties, NotificationService notifications, AuditService audit, Clock clock,
                       @Value("${portal.base-url}") String baseUrl) {
        this.arrangements = arrangements;
        this.invitations = invitations;
        this.parties = parties;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * E-mails the other parent a single-use code and link to read and confirm the agreement. Any earlier
     * invitation stops working. The e-mail carries the author's name only (no e-mail address); the
     * address typed here is never shown to anyone.
     */
    @Transactional
    public void invite(long arrangementId, String email) {
        FamilyArrangement a = parties.requireParty(arrangementId);
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
        String code = SecureCodes.newCode();
        invitations.save(new ArrangementInvitation(a.id, SecureCodes.hashOfCode(code), address, now,
                now.plus(INVITATION_LIFETIME)));
        notifications.sendMail(address, () -> Texts.t("mail.arrangementInvite.subject"),
                () -> Texts.t("mail.arrangementInvite.body", a.creatorName, baseUrl + "/arrangement/join?code=" + code, code,
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
        Instant now = clock.instant();
        ArrangementInvitation invitation = usableInvitation(code, me);
        FamilyArrangement a = arrangements.findById(invitation.arrangementId).orElseThrow();
        invitation.usedAt = now;
        a.otherAccountId = me.accountId();
        a.otherEmail = me.email();
        audit.record("ARRANGEMENT_INVITATION_ACCEPTED", "arrangement", a.id.toString(), null);
        return a.id;
    }

    /** What the invited parent is shown before joining: who invites them, and to what. */
    public record JoinPreview(String inviterName, String yourRole, java.util.List<String> childNames) {
    }

    /**
     * Who shares which arrangement, for the invited parent to read before pressing "Join"; changes
     * nothing (the code stays usable). Same checks as {@link #acceptInvitation}.
     */
    @Transactional(readOnly = true)
    public JoinPreview previewInvitation(String code) {
        PortalPrincipal me = me();
        FamilyArrangement a = arrangements.findById(usableInvitation(code, me).arrangementId).orElseThrow();
        return new JoinPreview(a.creatorName, a.creatorRole == null ? "" : a.creatorRole.other().name(),
                a.children.stream().map(c -> c.firstName).toList());
    }

    private ArrangementInvitation usableInvitation(String code, PortalPrincipal me) {
        String normalised = SecureCodes.normalise(code);
        if (normalised.isEmpty()) {
            throw UserFacingException.onField("code", "error.arrangement.code.missing");
        }
        ArrangementInvitation invitation = invitations.findByCodeHash(SecureCodes.sha256(normalised))
                .filter(i -> i.usableAt(clock.instant()))
                .orElseThrow(() -> UserFacingException.onField("code", "error.arrangement.code.invalid"));
        FamilyArrangement a = arrangements.findById(invitation.arrangementId).orElseThrow();
        if (a.creatorAccountId == me.accountId() || a.otherAccountId != null || a.status != Status.AGREED) {
            throw UserFacingException.onField("code", "error.arrangement.code.invalid");
        }
        return invitation;
    }

    /** The other parent confirms the agreement as written. The author is told by e-mail. */
    @Transactional
    public void confirm(long arrangementId) {
        FamilyArrangement a = parties.requireParty(arrangementId);
        if (a.creatorAccountId == me().accountId() || a.status != Status.AGREED) {
            throw new AccessDeniedException("Only the invited parent confirms an agreed arrangement");
        }
        a.status = Status.CONFIRMED;
        a.confirmedAt = clock.instant();
        notifications.sendMail(a.creatorEmail, () -> Texts.t("mail.arrangementConfirmed.subject"),
                () -> Texts.t("mail.arrangementConfirmed.body", a.creatorName, a.otherName, baseUrl + "/arrangement/" + a.id));
        audit.record("ARRANGEMENT_CONFIRMED", "arrangement", a.id.toString(), null);
    }
}
