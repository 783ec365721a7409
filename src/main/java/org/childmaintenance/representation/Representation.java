package org.childmaintenance.representation;

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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One nomination of a person to act for a parent on one case, from invitation to its end. */
@Entity
@Table(name = "representation")
class Representation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "parent_account_id", nullable = false)
    private long parentAccountId;
    @Column(name = "parent_name", nullable = false)
    private String parentName;
    @Column(name = "nominee_name", nullable = false)
    private String nomineeName;
    @Column(name = "nominee_email", nullable = false)
    private String nomineeEmail;
    @Column(name = "representative_account_id")
    private @Nullable Long representativeAccountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RepresentationScope scope;
    @Column(nullable = false)
    private String kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RepresentationStatus status;
    @Column(name = "token_hash", columnDefinition = "CHAR(64)")
    private @Nullable String tokenHash;
    @Column(name = "token_expires_at")
    private @Nullable Instant tokenExpiresAt;
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;
    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;
    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;
    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;
    @Column(name = "ended_at")
    private @Nullable Instant endedAt;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Representation() {
    }

    Representation(long caseId, String caseReference, long parentAccountId, String parentName, String nomineeName,
                   String nomineeEmail, RepresentationScope scope, @Nullable LocalDate endsOn, String tokenHash,
                   Instant now, Instant tokenExpiresAt) {
        this.caseId = caseId;
        this.caseReference = caseReference;
        this.parentAccountId = parentAccountId;
        this.parentName = parentName;
        this.nomineeName = nomineeName;
        this.nomineeEmail = nomineeEmail;
        this.scope = scope;
        this.kind = "AUTHORISED";
        this.status = RepresentationStatus.INVITED;
        this.endsOn = endsOn;
        this.tokenHash = tokenHash;
        this.invitedAt = now;
        this.tokenExpiresAt = tokenExpiresAt;
    }

    /** In force on {@code today}: confirmed, not withdrawn, and the end date (if any) not passed. */
    boolean inForceOn(LocalDate today) {
        return status == RepresentationStatus.ACTIVE && (endsOn == null || !today.isAfter(endsOn));
    }

    boolean tokenUsableAt(Instant now) {
        return status == RepresentationStatus.INVITED && tokenHash != null && tokenExpiresAt != null
                && now.isBefore(tokenExpiresAt);
    }

    void accept(long representativeAccountId, Instant now) {
        this.representativeAccountId = representativeAccountId;
        this.status = RepresentationStatus.ACCEPTED;
        this.acceptedAt = now;
        this.tokenHash = null;
        this.tokenExpiresAt = null;
    }

    void confirm(Instant now) {
        this.status = RepresentationStatus.ACTIVE;
        this.confirmedAt = now;
    }

    /** A caseworker has checked the order or registered power: full scope until {@code endsOn} (LC-16.4). */
    void grantLegalAuthority(LocalDate endsOn, Instant now) {
        this.scope = RepresentationScope.LEGAL_AUTHORITY;
        this.kind = "LEGAL";
        this.endsOn = endsOn;
        if (status != RepresentationStatus.ACTIVE) {
            this.status = RepresentationStatus.ACTIVE;
            this.confirmedAt = now;
        }
    }

    void withdraw(Instant now) {
        this.status = RepresentationStatus.WITHDRAWN;
        this.endedAt = now;
        this.tokenHash = null;
        this.tokenExpiresAt = null;
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    String caseReference() {
        return caseReference;
    }

    long parentAccountId() {
        return parentAccountId;
    }

    String parentName() {
        return parentName;
    }

    String nomineeName() {
        return nomineeName;
    }

    String nomineeEmail() {
        return nomineeEmail;
    }

    @Nullable Long representativeAccountId() {
        return representativeAccountId;
    }

    RepresentationScope scope() {
        return scope;
    }

    RepresentationStatus status() {
        return status;
    }

    @Nullable LocalDate endsOn() {
        return endsOn;
    }

    Instant invitedAt() {
        return invitedAt;
    }
}
