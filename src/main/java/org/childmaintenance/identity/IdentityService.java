package org.childmaintenance.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.Texts;
import org.childmaintenance.notification.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: parent self-registration with e-mail verification, password reset and change,
 * two-step sign-in set-up. Messages it raises are translation keys. Every change is audited.
 */
@Service
public class IdentityService {
    static final Duration VERIFY_LINK_LIFETIME = Duration.ofHours(24);
    static final Duration RESET_LINK_LIFETIME = Duration.ofHours(1);
    static final Duration INVITE_LINK_LIFETIME = Duration.ofDays(7);
    static final int RECOVERY_CODE_COUNT = 10;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    /** What a person registering typed. */
    public record Registration(String fullName, String email, String password, String confirmPassword) {
    }

    /** The secret to add to an authenticator app, as text and as a QR code image. */
    public record TwoFactorSetup(String secret, String qrCodeDataUri) {
    }

    /** Public facts about an account, safe to show to its owner. */
    public record AccountSummary(long id, AccountKind kind, String email, String fullName, boolean twoFactorEnabled,
                                 boolean twoFactorRequired, String organisationName, EmployerRole employerRole) {
    }

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final AccountTokenRepository tokens;
    private final RecoveryCodeRepository recoveryCodes;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final TotpSupport totp;
    private final NotificationService notifications;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String baseUrl;
    private final boolean staffNeedTwoFactor;

    IdentityService(AccountRepository accounts, OrganisationRepository organisations, AccountTokenRepository tokens,
                    RecoveryCodeRepository recoveryCodes, PasswordPolicy policy, PasswordEncoder encoder,
                    TotpSupport totp, NotificationService notifications, AuditService audit, CurrentUser currentUser,
                    Clock clock, @Value("${portal.base-url}") String baseUrl,
                    @Value("${portal.security.require-two-factor-for-staff:true}") boolean staffNeedTwoFactor) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.tokens = tokens;
        this.recoveryCodes = recoveryCodes;
        this.policy = policy;
        this.encoder = encoder;
        this.totp = totp;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.staffNeedTwoFactor = staffNeedTwoFactor;
    }

    /**
     * Parent self-registration. The account can sign in only after the e-mailed link is followed.
     * If the address is already registered nothing is created and the owner is told by e-mail, so
     * the page never reveals who has an account.
     */
    @Transactional
    public void registerParent(Registration form) {
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
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "error.email.format"));
        }
        policy.problem(form.password(), email).ifPresent(p -> errors.add(new FieldError("password", p)));
        if (form.password() != null && !form.password().equals(form.confirmPassword())) {
            errors.add(new FieldError("confirmPassword", "error.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        Instant now = clock.instant();
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            notifications.sendMail(email, t("mail.alreadyRegistered.subject"),
                    t("mail.alreadyRegistered.body", existing.get().fullName(), baseUrl + "/sign-in",
                            baseUrl + "/forgot-password"));
            audit.recordSecurityEvent("REGISTRATION_FOR_EXISTING_EMAIL", existing.get().id(), email, null);
            return;
        }
        Account account = accounts.save(new Account(AccountKind.PARENT, email, name, encoder.encode(form.password()), now));
        String token = issueToken(account, AccountToken.Purpose.VERIFY_EMAIL, VERIFY_LINK_LIFETIME);
        notifications.sendMail(email, t("mail.verify.subject"),
                t("mail.verify.body", name, baseUrl + "/verify-email?token=" + token, VERIFY_LINK_LIFETIME.toHours()));
        audit.recordSecurityEvent("REGISTERED", account.id(), email, "Parent account");
    }

    /** Follows an e-mail verification link. Returns false if the link is unknown, used or expired. */
    @Transactional
    public boolean verifyEmail(String token) {
        Optional<AccountToken> found = findUsableToken(token, AccountToken.Purpose.VERIFY_EMAIL);
        if (found.isEmpty()) {
            return false;
        }
        found.get().use(clock.instant());
        Account account = accounts.findById(found.get().accountId()).orElseThrow();
        account.markEmailVerified();
        audit.recordSecurityEvent("EMAIL_VERIFIED", account.id(), account.email(), null);
        return true;
    }

    /** Sends a reset link if the address has an account; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String email) {
        String normalised = Secrets.normaliseEmail(email);
        accounts.findByEmail(normalised).ifPresent(account -> {
            String token = issueToken(account, AccountToken.Purpose.RESET_PASSWORD, RESET_LINK_LIFETIME);
            notifications.sendMail(normalised, t("mail.reset.subject"),
                    t("mail.reset.body", account.fullName(), baseUrl + "/reset-password?token=" + token,
                            RESET_LINK_LIFETIME.toMinutes()));
            audit.recordSecurityEvent("PASSWORD_RESET_REQUESTED", account.id(), normalised, null);
        });
    }

    /** Whether a reset link can still be used (so the page can say so before asking for a password). */
    @Transactional(readOnly = true)
    public boolean resetLinkUsable(String token) {
        return findUsableToken(token, AccountToken.Purpose.RESET_PASSWORD).isPresent();
    }

    /** Sets a new password from a reset link; the link then stops working. */
    @Transactional
    public void resetPassword(String token, String newPassword, String confirmPassword) {
        AccountToken found = findUsableToken(token, AccountToken.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new UserFacingException("error.reset.linkInvalid"));
        Account account = accounts.findById(found.accountId()).orElseThrow();
        checkNewPassword(newPassword, confirmPassword, account.email());
        found.use(clock.instant());
        account.changePassword(encoder.encode(newPassword), clock.instant());
        if (!account.emailVerified()) {
            account.markEmailVerified(); // following the mailed link proves the address
        }
        notifications.sendMail(account.email(), t("mail.passwordChanged.subject"),
                t("mail.passwordChanged.body", account.fullName(), baseUrl + "/forgot-password"));
        audit.recordSecurityEvent("PASSWORD_RESET", account.id(), account.email(), null);
    }

    /** Changes the signed-in person's password; asks for the current one first. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword, String confirmPassword) {
        Account account = me();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new UserFacingException("error.form", List.of(new FieldError("currentPassword", "error.password.currentWrong")));
        }
        checkNewPassword(newPassword, confirmPassword, account.email());
        account.changePassword(encoder.encode(newPassword), clock.instant());
        notifications.sendMail(account.email(), t("mail.passwordChanged.subject"),
                t("mail.passwordChanged.body", account.fullName(), baseUrl + "/forgot-password"));
        audit.record("PASSWORD_CHANGED", "account", account.id().toString(), null);
    }

    /** Starts turning on two-step sign-in: a new secret for the authenticator app. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public TwoFactorSetup startTwoFactorSetup() {
        Account account = me();
        String secret = totp.newSecret();
        account.startTwoFactorSetup(secret);
        return new TwoFactorSetup(secret, totp.qrCodeDataUri(account.email(), secret));
    }

    /** Finishes set-up with a code from the app; returns the recovery codes, shown once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmTwoFactor(String code) {
        Account account = me();
        if (account.totpSecret() == null) {
            throw new UserFacingException("error.code.noSetup");
        }
        if (!totp.verify(account.totpSecret(), code)) {
            throw new UserFacingException("error.form", List.of(new FieldError("code", "error.code.wrong")));
        }
        account.enableTwoFactor();
        List<String> codes = newRecoveryCodes(account);
        notifications.sendMail(account.email(), t("mail.twoFactorOn.subject"), t("mail.twoFactorOn.body", account.fullName()));
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
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new UserFacingException("error.form", List.of(new FieldError("currentPassword", "error.password.currentWrong")));
        }
        account.disableTwoFactor();
        recoveryCodes.deleteByAccountId(account.id());
        notifications.sendMail(account.email(), t("mail.twoFactorOff.subject"), t("mail.twoFactorOff.body", account.fullName()));
        audit.record("TWO_FACTOR_DISABLED", "account", account.id().toString(), null);
    }

    /** The signed-in person's own account details. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AccountSummary myAccount() {
        Account a = me();
        String orgName = a.organisationId() == null ? null
                : organisations.findById(a.organisationId()).map(Organisation::name).orElse(null);
        return new AccountSummary(a.id(), a.kind(), a.email(), a.fullName(), a.totpEnabled(),
                staffNeedTwoFactor && a.twoFactorRequired(), orgName, a.employerRole());
    }

    /** The current user with fresh roles from the database (used after the two-step set-up). */
    @Transactional(readOnly = true)
    public PortalUser reload(long accountId) {
        return PortalUser.of(accounts.findById(accountId).orElseThrow());
    }

    /**
     * Creates a verified account of any kind (demo data and back-office provisioning). Staff accounts
     * are created by operators, not by self-registration.
     */
    @Transactional
    public long provisionAccount(AccountKind kind, String email, String fullName, String password,
                                 String organisationName, EmployerRole employerRole) {
        String normalised = Secrets.normaliseEmail(email);
        Account account = new Account(kind, normalised, fullName, encoder.encode(password), clock.instant());
        account.markEmailVerified();
        if (organisationName != null) {
            Organisation org = organisations.findByName(organisationName)
                    .orElseGet(() -> organisations.save(new Organisation(organisationName, clock.instant())));
            account.joinOrganisation(org.id(), employerRole);
        }
        account = accounts.save(account);
        audit.record("ACCOUNT_PROVISIONED", "account", account.id().toString(), kind.name());
        return account.id();
    }

    /** The users of the signed-in employer administrator's organisation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER_ADMIN')")
    public List<AccountSummary> organisationUsers() {
        Account me = me();
        String orgName = organisations.findById(me.organisationId()).map(Organisation::name).orElse(null);
        return accounts.findByOrganisationIdOrderByFullName(me.organisationId()).stream()
                .map(a -> new AccountSummary(a.id(), a.kind(), a.email(), a.fullName(), a.totpEnabled(),
                        staffNeedTwoFactor && a.twoFactorRequired(), orgName, a.employerRole()))
                .toList();
    }

    /**
     * An employer administrator adds a colleague: the account is created in their organisation
     * and the colleague gets an e-mail link to choose their password (valid 7 days).
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
        } else if (normalised.length() > 254 || !EMAIL.matcher(normalised).matches()) {
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
                encoder.encode(Secrets.newToken()), clock.instant());
        colleague.joinOrganisation(admin.organisationId(), role);
        colleague = accounts.save(colleague);
        String token = issueToken(colleague, AccountToken.Purpose.RESET_PASSWORD, INVITE_LINK_LIFETIME);
        String orgName = organisations.findById(admin.organisationId()).map(Organisation::name).orElse("");
        notifications.sendMail(normalised, t("mail.colleague-invite.subject"), t("mail.colleague-invite.body", name, admin.fullName(),
                orgName, baseUrl + "/reset-password?token=" + token, INVITE_LINK_LIFETIME.toDays()));
        audit.record("EMPLOYER_USER_INVITED", "account", colleague.id().toString(), role.name());
    }

    /**
     * The account with this e-mail address as a signed-in principal would carry it. For server-side
     * set-up such as demo data; never for anything a visitor can trigger (it tells whether an address
     * is registered).
     */
    @Transactional(readOnly = true)
    public Optional<PortalUser> findUser(String email) {
        return accounts.findByEmail(Secrets.normaliseEmail(email)).map(PortalUser::of);
    }

    /** The id of the account with this e-mail address, if there is one (demo data, back-office look-ups). */
    @Transactional(readOnly = true)
    public Optional<Long> findAccountId(String email) {
        return findUser(email).map(PortalUser::accountId);
    }

    @Transactional(readOnly = true)
    public boolean accountExists(String email) {
        return accounts.existsByEmail(Secrets.normaliseEmail(email));
    }

    private List<String> newRecoveryCodes(Account account) {
        recoveryCodes.deleteByAccountId(account.id());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODE_COUNT; i++) {
            String code = Secrets.newRecoveryCode();
            codes.add(code);
            recoveryCodes.save(new RecoveryCode(account.id(), Secrets.sha256(Secrets.normaliseRecoveryCode(code))));
        }
        return codes;
    }

    private void checkNewPassword(String newPassword, String confirmPassword, String email) {
        List<FieldError> errors = new ArrayList<>();
        policy.problem(newPassword, email).ifPresent(p -> errors.add(new FieldError("newPassword", p)));
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            errors.add(new FieldError("confirmPassword", "error.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
    }

    private String issueToken(Account account, AccountToken.Purpose purpose, Duration lifetime) {
        String token = Secrets.newToken();
        Instant now = clock.instant();
        tokens.save(new AccountToken(account.id(), purpose, Secrets.sha256(token), now, now.plus(lifetime)));
        return token;
    }

    private Optional<AccountToken> findUsableToken(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(Secrets.sha256(token))
                .filter(t -> t.purpose() == purpose && t.usableAt(now));
    }

    private Account me() {
        return accounts.findById(currentUser.require().accountId()).orElseThrow();
    }

    private static String t(String key, Object... args) {
        return Texts.t(key, args);
    }
}
