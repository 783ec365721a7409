package org.childmaintenance.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A one-time activation code for the other parent (only its SHA-256 hash is kept). */
@Entity
@Table(name = "cm_invitation")
class Invitation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private String channel;
    @Column(name = "code_hash", nullable = false)
    private String codeHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private @Nullable Instant usedAt;
    @Column(name = "used_by")
    private @Nullable Long usedBy;
    /** For an e-mailed code, the address it was sent to: only an account with that address may use it. */
    @Column(name = "invitee_email")
    private @Nullable String inviteeEmail;

    protected Invitation() {
    }

    Invitation(long caseId, String channel, String codeHash, Instant createdAt, Instant expiresAt) {
        this.caseId = caseId;
        this.channel = channel;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long caseId() { return caseId; }

    Invitation boundTo(@Nullable String email) {
        this.inviteeEmail = email;
        return this;
    }

    /** Whether this account's e-mail may use the code (always, when it was not sent by e-mail). */
    boolean isFor(@Nullable String email) {
        return inviteeEmail == null || inviteeEmail.equalsIgnoreCase(email);
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now, long accountId) {
        this.usedAt = now;
        this.usedBy = accountId;
    }
}
