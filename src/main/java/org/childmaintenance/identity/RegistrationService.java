package org.childmaintenance.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parent self-registration with e-mail verification. Never reveals whether an address has an
 * account: both branches hash the password and send one mail, and both are rate limited.
 */
@Service
public class RegistrationService {
    static final Duration VERIFY_LINK_LIFETIME = Duration.ofHours(24);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final MailRequestLimits mailLimits;
    private final IdentityMail mail;
    private final AuditService audit;
    private final Clock clock;

    RegistrationService(AccountRepository accounts, AccountTokens tokens, PasswordPolicy policy, PasswordEncoder encoder,
                        MailRequestLimits mailLimits, IdentityMail mail, AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.mailLimits = mailLimits;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The account can sign in only after the e-mailed link is followed. If the address is already
     * registered nothing is created and the owner is told by e-mail.
     */
    @Transactional
    public void registerParent(IdentityService.Registration form) {
        register(form, AccountKind.PARENT);
    }

    /** As {@link #registerParent}, for someone who manages cases for parents (representation feature). */
    @Transactional
    public void registerRepresentative(IdentityService.Registration form) {
        register(form, AccountKind.REPRESENTATIVE);
    }

    private void register(IdentityService.Registration form, AccountKind kind) {
        List<FieldError> errors = new ArrayList<>();
        String name = form.fullName() == null ? "" : form.fullName().trim();
        String email = Secrets.normaliseEmail(form.email());
        if (name.isEmpty()) {
            errors.add(new FieldError("fullName", "error.name.missing"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("fullName", "error.name.tooLong"));
        }
        if (email.isEmpty()) {
            errors.add(new FieldError("email", "error.email.missing"));
        } else if (!Secrets.plausibleEmail(email)) {
            errors.add(new FieldError("email", "error.email.format"));
        }
        policy.problem(form.password(), email).ifPresent(p -> errors.add(new FieldError("password", p)));
        if (form.password() != null && !form.password().equals(form.confirmPassword())) {
            errors.add(new FieldError("confirmPassword", "error.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        mailLimits.check("registration", email);
        // Hash first in both branches so they take the same time.
        String hash = encoder.encode(form.password());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            mail.send(email, "mail.alreadyRegistered.subject", "mail.alreadyRegistered.body", existing.get().fullName(),
                    mail.link("/sign-in"), mail.link("/forgot-password"));
            audit.recordSecurityEvent("REGISTRATION_FOR_EXISTING_EMAIL", existing.get().id(), email, null);
            return;
        }
        Account fresh = new Account(kind, email, name, hash, clock.instant());
        fresh.chooseLanguage(Texts.language().code()); // the language they registered in (switch or cookie)
        Account account = accounts.save(fresh);
        String token = tokens.issue(account, AccountToken.Purpose.VERIFY_EMAIL, VERIFY_LINK_LIFETIME);
        mail.send(email, "mail.verify.subject", "mail.verify.body", name, mail.link("/verify-email?token=" + token),
                VERIFY_LINK_LIFETIME.toHours());
        audit.recordSecurityEvent("REGISTERED", account.id(), email,
                kind == AccountKind.PARENT ? "Parent account" : "Representative account");
    }

    /** Follows an e-mail verification link. Returns false if the link is unknown, used or expired. */
    @Transactional
    public boolean verifyEmail(String token) {
        Optional<AccountToken> found = tokens.findUsable(token, AccountToken.Purpose.VERIFY_EMAIL);
        if (found.isEmpty()) {
            return false;
        }
        found.get().use(clock.instant());
        Account account = accounts.findById(found.get().accountId()).orElseThrow();
        account.markEmailVerified();
        audit.recordSecurityEvent("EMAIL_VERIFIED", account.id(), account.email(), null);
        return true;
    }
}
