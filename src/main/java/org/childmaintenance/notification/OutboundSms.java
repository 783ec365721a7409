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

/** A text message waiting for, or past, delivery through the {@link SmsGateway}; the text is sealed, removed once sent. */
@Entity
@Table(name = "outbound_sms")
class OutboundSms {
    enum Status { QUEUED, SENDING, RETRYING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(nullable = false)
    private String phone;
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboundSms() {
    }

    OutboundSms(long accountId, String phone, String sealedBody, Instant createdAt) {
        this.accountId = accountId;
        this.phone = phone;
        this.body = sealedBody;
        this.createdAt = createdAt;
        this.status = Status.QUEUED;
    }

    Long id() { return id; }
    long accountId() { return accountId; }
    String phone() { return phone; }
    String sealedBody() { return body; }
    Status status() { return status; }
    int attempts() { return attempts; }
    String lastError() { return lastError; }
    Instant createdAt() { return createdAt; }

    void retryAgain() {
        status = Status.RETRYING;
        attempts = 0;
    }
}
