package org.childmaintenance.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.childmaintenance.audit.AuditService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks who is signing in, in two steps (password, then authenticator or recovery code). All
 * counters live in the database so they hold across nodes: attempts per client address and per
 * account for each step ({@link RateLimits}), and failure lock-outs ({@link LockoutCounter}) that
 * count an attempt before checking it. The password-step count is cleared only when the whole
 * sign-in succeeds. What was typed as an e-mail address is never audited unless it is an account's.
 */
@Service
public class SignInService {
    static final String UNKNOWN_ACCOUNT = "unknown account";

    /** What happens after the password was right. */
    public sealed interface Outcome permits SignedIn, SecondStepNeeded, TwoFactorSetupNeeded {
    }

    public record SignedIn(PortalUser user) implements Outcome {
    }

    public record SecondStepNeeded(long accountId) implements Outcome {
    }

    public record TwoFactorSetupNeeded(PortalUser user) implements Outcome {
    }

    private final AccountRepository accounts;
    private final LockoutCounter lockout;
    private final RateLimits limits;
    private final AuthenticatorCodes authenticator;
    private final RecoveryCodes recoveryCodes;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;
    private final int maxFailures;
    private final int maxCodeFailures;
    private final Duration lockFor;
    private final int addressPerMinute;
    private final int codesPerMinute;
    private final boolean staffNeedTwoFactor;
    private final String dummyHash;

    SignInService(AccountRepository accounts, LockoutCounter lockout, RateLimits limits, AuthenticatorCodes authenticator,
                  RecoveryCodes recoveryCodes, PasswordEncoder encoder, AuditService audit, Clock clock,
                  @Value("${portal.security.lockout.max-failures:5}") int maxFailures,
                  @Value("${portal.security.lockout.max-code-failures:5}") int maxCodeFailures,
                  @Value("${portal.security.lockout.duration:15m}") Duration lockFor,
                  @Value("${portal.security.ip-attempts-per-minute:20}") int addressPerMinute,
                  @Value("${portal.security.code-attempts-per-minute:10}") int codesPerMinute,
                  @Value("${portal.security.require-two-factor-for-staff:true}") boolean staffNeedTwoFactor) {
        this.accounts = accounts;
        this.lockout = lockout;
        this.limits = limits;
        this.authenticator = authenticator;
        this.recoveryCodes = recoveryCodes;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxCodeFailures = maxCodeFailures;
        this.lockFor = lockFor;
        this.addressPerMinute = addressPerMinute;
        this.codesPerMinute = codesPerMinute;
        this.staffNeedTwoFactor = staffNeedTwoFactor;
        this.dummyHash = encoder.encode("timing-equaliser-not-a-password");
    }

    /** Step one: e-mail and password. Throws {@link SignInFailedException} with a message key. */
    public Outcome signIn(String email, String password, String clientAddress) {
        RateLimits.Decision byAddress = limits.acquire("sign-in:address:" + clientAddress, addressPerMinute, Duration.ofMinutes(1));
        if (!byAddress.allowed()) {
            if (byAddress.firstRefusal()) { // one record per address and minute, however many attempts
                audit.recordSecurityEvent("SIGN_IN_RATE_LIMITED", null, "address " + clientAddress,
                        "More than " + addressPerMinute + " sign-in attempts in a minute; further ones this minute are not recorded");
            }
            throw new SignInFailedException("error.signIn.tooMany");
        }
        String normalised = Secrets.normaliseEmail(email);
        // A removed employer user is treated as an unknown address: same message, same work.
        Optional<Account> account = accounts.findByEmail(normalised).filter(a -> !a.removed());
        Long accountId = account.map(Account::id).orElse(null);
        String label = account.map(Account::email).orElse(UNKNOWN_ACCOUNT);
        Instant now = clock.instant();
        String key = passwordKey(normalised);
        LockoutCounter.Attempt attempt = lockout.begin(key, now, maxFailures);
        if (attempt.locked()) {
            audit.recordSecurityEvent("SIGN_IN_WHILE_LOCKED", accountId, label, null);
            throw new SignInFailedException("error.signIn.locked");
        }
        boolean passwordOk = account.map(a -> Passwords.matches(encoder, password, a.passwordHash()))
                .orElseGet(() -> {
                    Passwords.matches(encoder, password, dummyHash); // same work whether or not the address exists
                    return false;
                });
        if (!passwordOk) {
            boolean lockedNow = lockout.failed(key, attempt, now, maxFailures, lockFor);
            audit.recordSecurityEvent("SIGN_IN_FAILED", accountId, label, null);
            if (lockedNow) {
                audit.recordSecurityEvent("ACCOUNT_LOCKED", accountId, label,
                        "Locked for " + lockFor.toMinutes() + " minutes after " + maxFailures + " failed sign-ins");
                throw new SignInFailedException("error.signIn.locked");
            }
            throw new SignInFailedException("error.signIn.failed");
        }
        Account a = account.orElseThrow();
        if (encoder.upgradeEncoding(a.passwordHash())) {
            a.rehashPassword(encoder.encode(password)); // e.g. bcrypt → Argon2
            a = accounts.save(a);
        }
        if (!a.emailVerified()) {
            lockout.reset(key);
            audit.recordSecurityEvent("SIGN_IN_UNVERIFIED", a.id(), label, null);
            throw new SignInFailedException("error.signIn.unverified");
        }
        if (a.totpEnabled()) {
            // The count is cleared only when the second step succeeds.
            audit.recordSecurityEvent("SIGN_IN_PASSWORD_OK", a.id(), label, "Waiting for the authenticator code");
            return new SecondStepNeeded(a.id());
        }
        lockout.reset(key);
        if (staffNeedTwoFactor && a.twoFactorRequired()) {
            audit.recordSecurityEvent("SIGN_IN_TWO_FACTOR_SETUP_REQUIRED", a.id(), label, null);
            return new TwoFactorSetupNeeded(PortalUser.of(a));
        }
        audit.recordSecurityEvent("SIGNED_IN", a.id(), label, null);
        return new SignedIn(PortalUser.of(a));
    }

    /** Step two: a code from the authenticator app (each works once), or one of the recovery codes. */
    public PortalUser completeSecondStep(long accountId, String code) {
        Account a = accounts.findById(accountId).filter(x -> !x.removed())
                .orElseThrow(() -> new SignInFailedException("error.signIn.failed"));
        String key = LockoutCounter.key("second-step", Long.toString(accountId));
        Instant now = clock.instant();
        if (lockout.lockedAt(key, now)) {
            audit.recordSecurityEvent("SECOND_STEP_WHILE_LOCKED", a.id(), a.email(), null);
            throw new SignInFailedException("error.signIn.locked");
        }
        RateLimits.Decision rate = limits.acquire("second-step:account:" + accountId, codesPerMinute, Duration.ofMinutes(1));
        if (!rate.allowed()) {
            if (rate.firstRefusal()) {
                audit.recordSecurityEvent("SECOND_STEP_RATE_LIMITED", a.id(), a.email(), null);
            }
            throw new SignInFailedException("error.code.tooMany");
        }
        LockoutCounter.Attempt attempt = lockout.begin(key, now, maxCodeFailures);
        if (attempt.locked()) {
            audit.recordSecurityEvent("SECOND_STEP_WHILE_LOCKED", a.id(), a.email(), null);
            throw new SignInFailedException("error.signIn.locked");
        }
        if (authenticator.accept(a, code)) {
            return secondStepPassed(a, key, "With authenticator code");
        }
        if (recoveryCodes.use(a.id(), code)) {
            audit.recordSecurityEvent("RECOVERY_CODE_USED", a.id(), a.email(), null);
            return secondStepPassed(a, key, "With a recovery code");
        }
        boolean lockedNow = lockout.failed(key, attempt, now, maxCodeFailures, lockFor);
        audit.recordSecurityEvent("SECOND_STEP_FAILED", a.id(), a.email(), null);
        if (lockedNow) {
            audit.recordSecurityEvent("ACCOUNT_LOCKED", a.id(), a.email(), "After " + maxCodeFailures + " wrong codes");
            throw new SignInFailedException("error.signIn.locked");
        }
        throw new SignInFailedException("error.code.wrong");
    }

    private PortalUser secondStepPassed(Account a, String codeKey, String how) {
        lockout.reset(codeKey);
        lockout.reset(passwordKey(a.email()));
        audit.recordSecurityEvent("SIGNED_IN", a.id(), a.email(), how);
        return PortalUser.of(a);
    }

    private static String passwordKey(String normalisedEmail) {
        return LockoutCounter.key("password", normalisedEmail);
    }

    /** Records that the person signed out. */
    public void recordSignOut(PortalUser user) {
        audit.recordSecurityEvent("SIGNED_OUT", user.accountId(), user.email(), null);
    }
}
