package org.childmaintenance.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.childmaintenance.audit.AuditService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks who is signing in. Brute force: 5 failures for one e-mail address lock it for 15 minutes
 * (counted per typed address, so the message is the same whether or not it is registered), and
 * attempts per client address are rate limited. Every outcome is audited.
 */
@Service
public class SignInService {
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
    private final SignInThrottleRepository throttles;
    private final RecoveryCodeRepository recoveryCodes;
    private final PasswordEncoder encoder;
    private final TotpSupport totp;
    private final AddressRateLimiter addressLimiter;
    private final AuditService audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;
    private final boolean staffNeedTwoFactor;
    private final String dummyHash;

    SignInService(AccountRepository accounts, SignInThrottleRepository throttles, RecoveryCodeRepository recoveryCodes,
                  PasswordEncoder encoder, TotpSupport totp, AddressRateLimiter addressLimiter, AuditService audit,
                  Clock clock, @Value("${portal.security.lockout.max-failures:5}") int maxFailures,
                  @Value("${portal.security.lockout.duration:15m}") Duration lockFor,
                  @Value("${portal.security.require-two-factor-for-staff:true}") boolean staffNeedTwoFactor) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.recoveryCodes = recoveryCodes;
        this.encoder = encoder;
        this.totp = totp;
        this.addressLimiter = addressLimiter;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.staffNeedTwoFactor = staffNeedTwoFactor;
        this.dummyHash = encoder.encode("timing-equaliser-not-a-password");
    }

    /** Step one: e-mail and password. Throws {@link SignInFailedException} with a message key. */
    @Transactional(noRollbackFor = SignInFailedException.class)
    public Outcome signIn(String email, String password, String clientAddress) {
        if (!addressLimiter.tryAcquire(clientAddress)) {
            audit.recordSecurityEvent("SIGN_IN_RATE_LIMITED", null, "address " + clientAddress, null);
            throw new SignInFailedException("error.signIn.tooMany");
        }
        String normalised = Secrets.normaliseEmail(email);
        Instant now = clock.instant();
        String key = Secrets.sha256(normalised);
        Optional<SignInThrottle> throttle = throttles.findById(key);
        Optional<Account> account = accounts.findByEmail(normalised);
        Long accountId = account.map(Account::id).orElse(null);
        if (throttle.isPresent() && throttle.get().lockedAt(now)) {
            audit.recordSecurityEvent("SIGN_IN_WHILE_LOCKED", accountId, normalised, null);
            throw new SignInFailedException("error.signIn.locked");
        }
        boolean passwordOk = account.map(a -> encoder.matches(nullToEmpty(password), a.passwordHash()))
                .orElseGet(() -> {
                    encoder.matches(nullToEmpty(password), dummyHash); // same work whether or not the address exists
                    return false;
                });
        if (!passwordOk) {
            SignInThrottle t = throttle.orElseGet(() -> new SignInThrottle(key, now));
            boolean lockedNow = t.recordFailure(now, maxFailures, lockFor);
            throttles.save(t);
            audit.recordSecurityEvent("SIGN_IN_FAILED", accountId, normalised, null);
            if (lockedNow) {
                audit.recordSecurityEvent("ACCOUNT_LOCKED", accountId, normalised,
                        "Locked for " + lockFor.toMinutes() + " minutes after " + maxFailures + " failed sign-ins");
                throw new SignInFailedException("error.signIn.locked");
            }
            throw new SignInFailedException("error.signIn.failed");
        }
        Account a = account.orElseThrow();
        if (!a.emailVerified()) {
            audit.recordSecurityEvent("SIGN_IN_UNVERIFIED", a.id(), normalised, null);
            throw new SignInFailedException("error.signIn.unverified");
        }
        throttle.ifPresent(throttles::delete);
        if (encoder.upgradeEncoding(a.passwordHash())) {
            a.changePassword(encoder.encode(password), now);
        }
        if (a.totpEnabled()) {
            audit.recordSecurityEvent("SIGN_IN_PASSWORD_OK", a.id(), normalised, "Waiting for the authenticator code");
            return new SecondStepNeeded(a.id());
        }
        if (staffNeedTwoFactor && a.twoFactorRequired()) {
            audit.recordSecurityEvent("SIGN_IN_TWO_FACTOR_SETUP_REQUIRED", a.id(), normalised, null);
            return new TwoFactorSetupNeeded(PortalUser.of(a));
        }
        audit.recordSecurityEvent("SIGNED_IN", a.id(), normalised, null);
        return new SignedIn(PortalUser.of(a));
    }

    /** Step two: a code from the authenticator app, or one of the recovery codes (each works once). */
    @Transactional(noRollbackFor = SignInFailedException.class)
    public PortalUser completeSecondStep(long accountId, String code) {
        Account a = accounts.findById(accountId).orElseThrow(() -> new SignInFailedException("error.signIn.failed"));
        Instant now = clock.instant();
        String key = Secrets.sha256(a.email());
        Optional<SignInThrottle> throttle = throttles.findById(key);
        if (throttle.isPresent() && throttle.get().lockedAt(now)) {
            throw new SignInFailedException("error.signIn.locked");
        }
        if (totp.verify(a.totpSecret(), code)) {
            audit.recordSecurityEvent("SIGNED_IN", a.id(), a.email(), "With authenticator code");
            return PortalUser.of(a);
        }
        String hash = Secrets.sha256(Secrets.normaliseRecoveryCode(code));
        Optional<RecoveryCode> recovery = recoveryCodes.findByAccountId(a.id()).stream()
                .filter(RecoveryCode::unused).filter(r -> r.codeHash().equals(hash)).findFirst();
        if (recovery.isPresent()) {
            recovery.get().use(now);
            audit.recordSecurityEvent("SIGNED_IN", a.id(), a.email(), "With a recovery code");
            audit.recordSecurityEvent("RECOVERY_CODE_USED", a.id(), a.email(), null);
            return PortalUser.of(a);
        }
        SignInThrottle t = throttle.orElseGet(() -> new SignInThrottle(key, now));
        boolean lockedNow = t.recordFailure(now, maxFailures, lockFor);
        throttles.save(t);
        audit.recordSecurityEvent("SECOND_STEP_FAILED", a.id(), a.email(), null);
        if (lockedNow) {
            audit.recordSecurityEvent("ACCOUNT_LOCKED", a.id(), a.email(), "After failed authenticator codes");
            throw new SignInFailedException("error.signIn.locked");
        }
        throw new SignInFailedException("error.code.wrong");
    }

    /** Records that the person signed out. */
    public void recordSignOut(PortalUser user) {
        audit.recordSecurityEvent("SIGNED_OUT", user.accountId(), user.email(), null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
