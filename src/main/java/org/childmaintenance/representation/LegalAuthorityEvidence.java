package org.childmaintenance.representation;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One file of evidence of legal authority, waiting for (or checked by) a caseworker; the bytes are in the attachment store. */
@Entity
@Table(name = "representation_evidence")
class LegalAuthorityEvidence {
    enum Status { PENDING, GRANTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "representation_id", nullable = false)
    private long representationId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    /** Where messages.AttachmentStore keeps the bytes (files sent before V110 kept them in {@link #legacyContent}). */
    @Column(name = "file_key")
    private @Nullable String fileKey;
    @Column(name = "sha256")
    private @Nullable String sha256;
    @Column(name = "file_size")
    private @Nullable Long fileSize;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", columnDefinition = "MEDIUMBLOB")
    private byte @Nullable [] legacyContent;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;
    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @SuppressWarnings("NullAway.Init")
    protected LegalAuthorityEvidence() {
    }

    LegalAuthorityEvidence(long representationId, String fileName, String contentType, String fileKey, String sha256,
                           long fileSize, Instant now, long uploadedBy) {
        this.representationId = representationId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.fileKey = fileKey;
        this.sha256 = sha256;
        this.fileSize = fileSize;
        this.uploadedAt = now;
        this.uploadedBy = uploadedBy;
        this.status = Status.PENDING;
    }

    void decide(Status outcome, long caseworker, Instant now) {
        this.status = outcome;
        this.decidedBy = caseworker;
        this.decidedAt = now;
    }

    Long id() { return id; }
    long representationId() { return representationId; }
    String fileName() { return fileName; }
    String contentType() { return contentType; }
    @Nullable String fileKey() { return fileKey; }
    @Nullable String sha256() { return sha256; }
    byte @Nullable [] legacyContent() { return legacyContent == null ? null : legacyContent.clone(); }
    Instant uploadedAt() { return uploadedAt; }
    Status status() { return status; }
}
