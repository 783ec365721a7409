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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An employer administrator's colleagues: the list, and inviting a new one by e-mail. */
@Service
public class OrganisationUserService {
    static final Duration INVITE_LINK_LIFETIME = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final AccountTokens tokens;
    private final PasswordEncoder encoder;
    private final IdentityMail mail;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean staffNeedTwoFactor;

    OrganisationUserService(AccountRepository accounts, OrganisationRepository organisations, AccountTokens tokens,
                            PasswordEncoder encoder, IdentityMail mail, AuditService audit, CurrentUser currentUser,
                            Clock clock, @Value("${portal.security.require-two-factor-for-staff:true}") boolean staffNeedTwoFactor) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.tokens = tokens;
        this.encoder = encoder;
        this.mail = mail;
        this.audit = audit;
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

    private Account me() {
        return accounts.findById(currentUser.require().accountId()).orElseThrow();
    }
}
