package org.childmaintenance.identity;

import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turning two-step sign-in (authenticator app) on and off for the signed-in person. Turning it off
 * ends the account's other sessions and outstanding links.
 */
@Service
public class TwoFactorService {
    private final AccountRepository accounts;
    private final AuthenticatorCodes authenticator;
    private final RecoveryCodes recoveryCodes;
    private final TotpSupport totp;
    private final AccountSessions sessions;
    private final PasswordEncoder encoder;
    private final IdentityMail mail;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final boolean staffNeedTwoFactor;

    TwoFactorService(AccountRepository accounts, AuthenticatorCodes authenticator, RecoveryCodes recoveryCodes,
                     TotpSupport totp, AccountSessions sessions, PasswordEncoder encoder, IdentityMail mail,
                     AuditService audit, CurrentUser currentUser,
                     @Value("${portal.security.require-two-factor-for-staff:true}") boolean staffNeedTwoFactor) {
        this.accounts = accounts;
        this.authenticator = authenticator;
        this.recoveryCodes = recoveryCodes;
        this.totp = totp;
        this.sessions = sessions;
        this.encoder = encoder;
        this.mail = mail;
        this.audit = audit;
        this.currentUser = currentUser;
        this.staffNeedTwoFactor = staffNeedTwoFactor;
    }

    /** Starts turning on two-step sign-in: a new secret for the authenticator app. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public IdentityService.TwoFactorSetup startTwoFactorSetup() {
        Account account = me();
        String secret = authenticator.startSetup(account);
        return new IdentityService.TwoFactorSetup(secret, totp.qrCodeDataUri(account.email(), secret));
    }

    /** Finishes set-up with a code from the app; returns the recovery codes, shown once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmTwoFactor(String code) {
        Account account = me();
        if (account.totpSecret() == null) {
            throw new UserFacingException("error.code.noSetup");
        }
        if (!authenticator.accept(account, code)) {
            throw new UserFacingException("error.form", List.of(new FieldError("code", "error.code.wrong")));
        }
        account.enableTwoFactor();
        List<String> codes = recoveryCodes.replace(account.id());
        mail.send(account.email(), "mail.twoFactorOn.subject", "mail.twoFactorOn.body", account.fullName());
        audit.record("TWO_FACTOR_ENABLED", "account", account.id().toString(), null);
        return codes;
    }

    /** Turns two-step sign-in off (not allowed where the role requires it). Asks for the password. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void disableTwoFactor(String currentPassword) {
        Account account = me();
        if (staffNeedTwoFactor && account.twoFactorRequired()) {
            throw new UserFacingException("error.twoFactor.required");
        }
        if (!Passwords.matches(encoder, currentPassword, account.passwordHash())) {
            throw new UserFacingException("error.form", List.of(new FieldError("currentPassword", "error.password.currentWrong")));
        }
        account.disableTwoFactor();
        recoveryCodes.deleteAll(account.id());
        sessions.endOtherSessionsAndLinks(account.id());
        mail.send(account.email(), "mail.twoFactorOff.subject", "mail.twoFactorOff.body", account.fullName());
        audit.record("TWO_FACTOR_DISABLED", "account", account.id().toString(), null);
    }

    private Account me() {
        return accounts.findById(currentUser.require().accountId()).orElseThrow();
    }
}
