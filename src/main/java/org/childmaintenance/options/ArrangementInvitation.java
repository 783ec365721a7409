package org.childmaintenance.options;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use code that lets the other parent join an arrangement. Only the code's hash is kept. */
@Entity
@Table(name = "family_arrangement_invitation")
class ArrangementInvitation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "arrangement_id", nullable = false)
    long arrangementId;
    @Column(name = "code_hash", nullable = false)
    String codeHash;
    @Column(name = "sent_to", nullable = false)
    String sentTo;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;
    @Column(name = "used_at")
    Instant usedAt;
    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    protected ArrangementInvitation() {
    }

    ArrangementInvitation(long arrangementId, String codeHash, String sentTo, Instant now, Instant expiresAt) {
        this.arrangementId = arrangementId;
        this.codeHash = codeHash;
        this.sentTo = sentTo;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && withdrawnAt == null && now.isBefore(expiresAt);
    }
}
