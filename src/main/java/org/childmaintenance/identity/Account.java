package org.childmaintenance.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person's one account. */
@Entity
@Table(name = "account")
class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountKind kind;
    @Column(nullable = false)
    private String email;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "employer_role")
    private EmployerRole employerRole;
    @Column(name = "totp_secret")
    private String totpSecret;
    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;
    @Column(name = "removed_at")
    private Instant removedAt;
    /** "en" or "cy"; null until the person chooses (identity.AccountLanguages). */
    @Column(name = "language", columnDefinition = "CHAR(2)")
    private String language;
    @Version
    private long version;

    protected Account() {
    }

    Account(AccountKind kind, String email, String fullName, String passwordHash, Instant now) {
        this.kind = kind;
        this.email = email;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    Long id() { return id; }
    AccountKind kind() { return kind; }
    String email() { return email; }
    String fullName() { return fullName; }
    String passwordHash() { return passwordHash; }
    boolean emailVerified() { return emailVerified; }
    Long organisationId() { return organisationId; }
    EmployerRole employerRole() { return employerRole; }
    String totpSecret() { return totpSecret; }
    boolean totpEnabled() { return totpEnabled; }
    /** Removed from its organisation by an administrator: kept for the audit trail, can no longer sign in. */
    boolean removed() { return removedAt != null; }

    String language() { return language; }

    void chooseLanguage(String code) {
        language = code;
    }

    void markEmailVerified() {
        emailVerified = true;
    }

    void changePassword(String hash, Instant at) {
        passwordHash = hash;
        passwordChangedAt = at;
    }

    /** The same password hashed with the current scheme (not a password change). */
    void rehashPassword(String hash) {
        passwordHash = hash;
    }

    void joinOrganisation(Long organisationId, EmployerRole role) {
        this.organisationId = organisationId;
        this.employerRole = role;
    }

    void changeEmployerRole(EmployerRole role) {
        this.employerRole = role;
    }

    void removeFromOrganisation(Instant at) {
        this.organisationId = null;
        this.employerRole = null;
        this.removedAt = at;
    }

    void startTwoFactorSetup(String secret) {
        totpSecret = secret;
        totpEnabled = false;
    }

    void enableTwoFactor() {
        totpEnabled = true;
    }

    void disableTwoFactor() {
        totpEnabled = false;
        totpSecret = null;
    }

    /**
     * Caseworkers, employer administrators and partner centre staff (they hold referrals with safety
     * concerns) must use two-step sign-in.
     */
    boolean twoFactorRequired() {
        return kind == AccountKind.CASEWORKER || kind == AccountKind.PARTNER_USER
                || (kind == AccountKind.EMPLOYER_USER && employerRole == EmployerRole.ADMIN);
    }
}
