package org.childmaintenance.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.audit.AuditService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity feature's published API for other features: account look-ups and provisioning.
 * The person-facing journeys live in {@link RegistrationService}, {@link PasswordService},
 * {@link TwoFactorService}, {@link OrganisationUserService} and {@link SignInService}; the methods
 * here that delegate to them are kept so existing callers keep working.
 */
@Service
public class IdentityService {

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
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean staffNeedTwoFactor;
    private final RegistrationService registration;
    private final PasswordService passwords;
    private final TwoFactorService twoFactor;
    private final OrganisationUserService organisationUsers;
    private final AccountSessions sessions;

    IdentityService(AccountRepository accounts, OrganisationRepository organisations, PasswordEncoder encoder,
                    AuditService audit, CurrentUser currentUser, Clock clock,
                    @Value("${portal.security.require-two-factor-for-staff:true}") boolean staffNeedTwoFactor,
                    RegistrationService registration, PasswordService passwords, TwoFactorService twoFactor,
                    OrganisationUserService organisationUsers, AccountSessions sessions) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.staffNeedTwoFactor = staffNeedTwoFactor;
        this.registration = registration;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.organisationUsers = organisationUsers;
        this.sessions = sessions;
    }

    static AccountSummary summaryOf(Account a, String organisationName, boolean staffNeedTwoFactor) {
        return new AccountSummary(a.id(), a.kind(), a.email(), a.fullName(), a.totpEnabled(),
                staffNeedTwoFactor && a.twoFactorRequired(), organisationName, a.employerRole());
    }

    /**
     * Casework signs a person out everywhere (ASVS 7.4.5), for example when they report that someone else has
     * used their account: every session of the account, on every node, ends at its next request. Audited.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void endSessionsOf(long accountId) {
        Account a = accounts.findById(accountId).orElseThrow();
        sessions.endAllSessions(a.id());
        audit.record("SESSIONS_ENDED_BY_CASEWORKER", "account", Long.toString(a.id()), null);
    }

    /** The signed-in person's own account details. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AccountSummary myAccount() {
        Account a = accounts.findById(currentUser.require().accountId()).orElseThrow();
        String orgName = a.organisationId() == null ? null
                : organisations.findById(a.organisationId()).map(Organisation::name).orElse(null);
        return summaryOf(a, orgName, staffNeedTwoFactor);
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
            Organisation.Kind orgKind = kind == AccountKind.PARTNER_USER ? Organisation.Kind.PARTNER : Organisation.Kind.EMPLOYER;
            Organisation org = organisations.findByName(organisationName)
                    .filter(o -> o.kind() == orgKind)
                    .orElseGet(() -> organisations.save(new Organisation(organisationName, orgKind, clock.instant())));
            account.joinOrganisation(org.id(), employerRole);
        }
        account = accounts.save(account);
        audit.record("ACCOUNT_PROVISIONED", "account", account.id().toString(), kind.name());
        return account.id();
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

    // ---- Delegates kept for existing callers (tests, demo data) ----

    /** See {@link RegistrationService#registerParent}. */
    public void registerParent(Registration form) {
        registration.registerParent(form);
    }

    /** See {@link RegistrationService#verifyEmail}. */
    public boolean verifyEmail(String token) {
        return registration.verifyEmail(token);
    }

    /** See {@link PasswordService#requestPasswordReset}. */
    public void requestPasswordReset(String email) {
        passwords.requestPasswordReset(email);
    }

    /** See {@link PasswordService#resetLinkUsable}. */
    public boolean resetLinkUsable(String token) {
        return passwords.resetLinkUsable(token);
    }

    /** See {@link PasswordService#resetPassword}. */
    public void resetPassword(String token, String newPassword, String confirmPassword) {
        passwords.resetPassword(token, newPassword, confirmPassword);
    }

    /** See {@link PasswordService#changePassword}. */
    public void changePassword(String currentPassword, String newPassword, String confirmPassword) {
        passwords.changePassword(currentPassword, newPassword, confirmPassword);
    }

    /** See {@link TwoFactorService#startTwoFactorSetup}. */
    public TwoFactorSetup startTwoFactorSetup() {
        return twoFactor.startTwoFactorSetup();
    }

    /** See {@link TwoFactorService#confirmTwoFactor}. */
    public List<String> confirmTwoFactor(String code) {
        return twoFactor.confirmTwoFactor(code);
    }

    /** See {@link TwoFactorService#disableTwoFactor}. */
    public void disableTwoFactor(String currentPassword) {
        twoFactor.disableTwoFactor(currentPassword);
    }

    /** See {@link OrganisationUserService#organisationUsers}. */
    public List<AccountSummary> organisationUsers() {
        return organisationUsers.organisationUsers();
    }

    /** See {@link OrganisationUserService#inviteOrganisationUser}. */
    public void inviteOrganisationUser(String fullName, String email, EmployerRole role) {
        organisationUsers.inviteOrganisationUser(fullName, email, role);
    }
}
