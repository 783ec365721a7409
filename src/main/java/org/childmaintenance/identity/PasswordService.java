package org.childmaintenance.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgotten-password links and password changes. A new password ends the account's other sessions
 * and its other outstanding links. Reset requests are rate limited and say nothing about whether
 * the address has an account: a reset request takes at least {@code portal.security.reset-request-minimum}
 * (0.4 s) whether or not it does, so the time of the answer does not tell either (the known branch also
 * writes a link and an e-mail).
 */
@Service
public class PasswordService {
    static final Duration RESET_LINK_LIFETIME = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountSessions sessions;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final MailRequestLimits mailLimits;
    private final IdentityMail mail;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate resetRequests;
    private final Duration resetRequestMinimum;

    PasswordService(AccountRepository accounts, AccountTokens tokens, AccountSessions sessions, PasswordPolicy policy,
                    PasswordEncoder encoder, MailRequestLimits mailLimits, IdentityMail mail, AuditService audit,
                    CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions,
                    @Value("${portal.security.reset-request-minimum:400ms}") Duration resetRequestMinimum) {
        this.resetRequests = new TransactionTemplate(transactions);
        this.resetRequestMinimum = resetRequestMinimum;
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.policy = policy;
        this.encoder = encoder;
        this.mailLimits = mailLimits;
        this.mail = mail;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Sends a reset link if the address has an account; says nothing either way, and takes the same time either
     * way (at least {@link #resetRequestMinimum}; the time is waited out after the transaction, holding no
     * database connection).
     */
    public void requestPasswordReset(String email) {
        long started = System.nanoTime();
        try {
            resetRequests.executeWithoutResult(s -> sendResetLinkIfKnown(email));
        } finally {
            waitOut(started);
        }
    }

    private void waitOut(long startedNanos) {
        long left = resetRequestMinimum.toNanos() - (System.nanoTime() - startedNanos);
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void sendResetLinkIfKnown(String email) {
        String normalised = Secrets.normaliseEmail(email);
        mailLimits.check("password-reset", normalised);
        Optional<Account> account = accounts.findByEmail(normalised).filter(a -> !a.removed());
        if (account.isEmpty()) {
            SecureCodes.sha256(SecureCodes.newToken()); // the same token work as the other branch
            audit.recordSecurityEvent("PASSWORD_RESET_REQUESTED", null, "unknown account", null);
            return;
        }
        Account a = account.get();
        String token = tokens.issue(a, AccountToken.Purpose.RESET_PASSWORD, RESET_LINK_LIFETIME);
        mail.send(normalised, "mail.reset.subject", "mail.reset.body", a.fullName(),
                mail.link("/reset-password?token=" + token), RESET_LINK_LIFETIME.toMinutes());
        audit.recordSecurityEvent("PASSWORD_RESET_REQUESTED", a.id(), normalised, null);
    }

    /** Whether a reset link can still be used (so the page can say so before asking for a password). */
    @Transactional(readOnly = true)
    public boolean resetLinkUsable(String token) {
        return tokens.findUsable(token, AccountToken.Purpose.RESET_PASSWORD).isPresent();
    }

    /** Sets a new password from a reset link; the link, other links and other sessions then stop working. */
    @Transactional
    public void resetPassword(String token, String newPassword, String confirmPassword) {
        AccountToken found = tokens.findUsable(token, AccountToken.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new UserFacingException("error.reset.linkInvalid"));
        Account account = accounts.findById(found.accountId()).orElseThrow();
        policy.checkNew(newPassword, confirmPassword, account.email());
        found.use(clock.instant());
        account.changePassword(encoder.encode(newPassword), clock.instant());
        if (!account.emailVerified()) {
            account.markEmailVerified(); // following the mailed link proves the address
        }
        sessions.endOtherSessionsAndLinks(account.id());
        mail.send(account.email(), "mail.passwordChanged.subject", "mail.passwordChanged.body", account.fullName(),
                mail.link("/forgot-password"));
        audit.recordSecurityEvent("PASSWORD_RESET", account.id(), account.email(), null);
    }

    /** Changes the signed-in person's password; asks for the current one first. Other sessions end. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword, String confirmPassword) {
        Account account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        if (!Passwords.matches(encoder, currentPassword, account.passwordHash())) {
            throw new UserFacingException("error.form", List.of(new FieldError("currentPassword", "error.password.currentWrong")));
        }
        policy.checkNew(newPassword, confirmPassword, account.email());
        account.changePassword(encoder.encode(newPassword), clock.instant());
        sessions.endOtherSessionsAndLinks(account.id());
        mail.send(account.email(), "mail.passwordChanged.subject", "mail.passwordChanged.body", account.fullName(),
                mail.link("/forgot-password"));
        audit.record("PASSWORD_CHANGED", "account", account.id().toString(), null);
    }
}
