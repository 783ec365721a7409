package org.childmaintenance.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An e-mail the portal has written: kept in the outbox with its body sealed ({@link SecretBox}),
 * sent after the transaction that wrote it commits; the body is removed once it has been sent.
 */
@Entity
@Table(name = "outbound_mail")
class OutboundMail {
    /** QUEUED → SENDING → SENT; a failed try goes back to RETRYING until the last, which is FAILED. */
    enum Status { QUEUED, SENDING, RETRYING, SENT, FAILED, NOT_SENT_NO_SERVER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    /** Sealed; null once sent. */
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "last_error")
    private String lastError;
    private int attempts;
    /** Set when queued in a batch ({@link MailBatchQueued}); null for a single mail. */
    @Column(name = "batch_id")
    private String batchId;

    protected OutboundMail() {
    }

    OutboundMail(String recipient, String subject, String sealedBody, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = sealedBody;
        this.createdAt = createdAt;
        this.status = Status.QUEUED;
    }

    Long id() { return id; }
    String recipient() { return recipient; }
    String subject() { return subject; }
    String sealedBody() { return body; }
    Status status() { return status; }
    Instant createdAt() { return createdAt; }
    int attempts() { return attempts; }
    String lastError() { return lastError; }

    void sealLegacyBody(String sealed) {
        body = sealed;
    }

    /** A caseworker asks for another try after the portal gave up. */
    void retryAgain() {
        status = Status.RETRYING;
        attempts = 0;
    }
}
