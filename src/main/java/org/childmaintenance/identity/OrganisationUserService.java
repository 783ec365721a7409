package org.childmaintenance.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer administrator's colleagues: the list, inviting a new one by e-mail, changing a
 * colleague's role and removing a colleague. An administrator never changes or removes themself,
 * and an organisation always keeps at least one administrator.
 */
@Service
public class OrganisationUserService {
    static final Duration INVITE_LINK_LIFETIME = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final AccountTokens tokens;
    private final PasswordEncoder encoder;
    private final IdentityMail mail;
    private final AuditService audit;
    private final AccountSessions sessions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean staffNeedTwoFactor;

    OrganisationUserService(AccountRepository accounts, OrganisationRepository organisations, AccountTokens tokens,
                            PasswordEncoder encoder, IdentityMail mail, AuditService audit, AccountSessions sessions,
                            CurrentUser currentUser, Clock clock, @Value("${portal.security.require-two-factor-for-staff:true}") boolean staffNeedTwoFactor) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.tokens = tokens;
        this.encoder = encoder;
        this.mail = mail;
        this.audit = audit;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.staffNeedTwoFactor = staffNeedTwoFactor;
    }

    /** The users of the signed-in employer administrator's organisation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public List<IdentityService.AccountSummary> organisationUsers() {
        Account me = me();
        String orgName = organisations.findById(me.organisationId()).map(Organisation::name).orElse(null);
        return accounts.findByOrganisationIdOrderByFullName(me.organisationId()).stream()
                .map(a -> IdentityService.summaryOf(a, orgName, staffNeedTwoFactor))
                .toList();
    }

    /**
     * Creates the colleague's account in the administrator's organisation and e-mails them a link
     * to choose their password (valid 7 days).
     */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public void inviteOrganisationUser(String fullName, String email, EmployerRole role) {
        Account admin = me();
        List<FieldError> errors = new ArrayList<>();
        String name = fullName == null ? "" : fullName.trim();
        String normalised = Secrets.normaliseEmail(email);
        if (name.isEmpty()) {
            errors.add(new FieldError("fullName", "error.colleague.name.missing"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("fullName", "error.name.tooLong"));
        }
        if (normalised.isEmpty()) {
            errors.add(new FieldError("email", "error.colleague.email.missing"));
        } else if (!Secrets.plausibleEmail(normalised)) {
            errors.add(new FieldError("email", "error.email.format"));
        } else if (accounts.existsByEmail(normalised)) {
            errors.add(new FieldError("email", "error.colleague.email.taken"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "error.colleague.role.missing"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        Account colleague = new Account(AccountKind.EMPLOYER_USER, normalised, name,
                encoder.encode(SecureCodes.newToken()), clock.instant());
        colleague.joinOrganisation(admin.organisationId(), role);
        colleague = accounts.save(colleague);
        String token = tokens.issue(colleague, AccountToken.Purpose.RESET_PASSWORD, INVITE_LINK_LIFETIME);
        String orgName = organisations.findById(admin.organisationId()).map(Organisation::name).orElse("");
        mail.send(normalised, "mail.colleague-invite.subject", "mail.colleague-invite.body", name, admin.fullName(), orgName,
                mail.link("/reset-password?token=" + token), INVITE_LINK_LIFETIME.toDays());
        audit.record("EMPLOYER_USER_INVITED", "account", colleague.id().toString(), role.name());
    }

    /** One colleague in the administrator's organisation (refused for anyone else's account). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public IdentityService.AccountSummary colleague(long accountId) {
        Account me = me();
        Account a = colleagueOf(me, accountId);
        String orgName = organisations.findById(me.organisationId()).map(Organisation::name).orElse(null);
        return IdentityService.summaryOf(a, orgName, staffNeedTwoFactor);
    }

    /**
     * Gives a colleague another role. Their sessions end at once, so the new role (and, for an
     * administrator, two-step sign-in) applies from their next sign-in.
     */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public void changeRole(long accountId, EmployerRole role) {
        if (role == null) {
            throw UserFacingException.onField("role", "error.colleague.role.missing");
        }
        List<Account> everyone = lockMyOrganisation();
        Account me = me();
        Account a = colleagueOf(me, accountId);
        if (a.employerRole() == role) {
            throw UserFacingException.onField("role", "error.colleague.role.same");
        }
        EmployerRole before = a.employerRole();
        if (before == EmployerRole.ADMIN && admins(everyone) <= 1) {
            throw UserFacingException.onField("role", "error.colleague.lastAdmin");
        }
        a.changeEmployerRole(role);
        sessions.endAllSessionsAndLinks(a.id());
        audit.record("EMPLOYER_USER_ROLE_CHANGED", "account", a.id().toString(), before + " to " + role);
    }

    /**
     * Removes a colleague: they leave the organisation, their sessions and links end at once and they
     * can no longer sign in. The account is kept for the audit trail.
     */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public void removeColleague(long accountId) {
        List<Account> everyone = lockMyOrganisation();
        Account me = me();
        Account a = colleagueOf(me, accountId);
        if (a.employerRole() == EmployerRole.ADMIN && admins(everyone) <= 1) {
            throw new UserFacingException("error.colleague.lastAdmin");
        }
        long organisation = me.organisationId();
        a.removeFromOrganisation(clock.instant());
        sessions.endAllSessionsAndLinks(a.id());
        audit.record("EMPLOYER_USER_REMOVED", "account", a.id().toString(), "from organisation " + organisation);
    }

    /**
     * Locks the organisation's accounts before anything of them is read, so two administrators acting
     * at once take turns and each sees the other's change (the organisation keeps an administrator).
     */
    private List<Account> lockMyOrganisation() {
        Long organisation = currentUser.require().organisationId();
        if (organisation == null) {
            throw new AccessDeniedException("Not in an organisation");
        }
        return accounts.lockOrganisation(organisation);
    }

    /** The signed-in administrator, as the database has them now (a removed or demoted admin is refused). */
    private Account me() {
        Account me = accounts.findById(currentUser.require().accountId()).orElseThrow();
        if (me.removed() || me.organisationId() == null || me.employerRole() != EmployerRole.ADMIN) {
            throw new AccessDeniedException("No longer an administrator");
        }
        return me;
    }

    /** Someone else in the administrator's organisation; anyone else's account is refused alike. */
    private Account colleagueOf(Account me, long accountId) {
        if (accountId == me.id()) {
            throw new UserFacingException("error.colleague.self");
        }
        return accounts.findById(accountId)
                .filter(a -> !a.removed() && me.organisationId().equals(a.organisationId()))
                .orElseThrow(() -> new AccessDeniedException("Not a colleague"));
    }

    private static long admins(List<Account> organisation) {
        return organisation.stream().filter(a -> !a.removed() && a.employerRole() == EmployerRole.ADMIN).count();
    }
}
