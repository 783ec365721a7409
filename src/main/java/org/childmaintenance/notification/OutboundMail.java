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

/** An e-mail the portal has written: kept in the outbox, sent after the transaction that wrote it commits. */
@Entity
@Table(name = "outbound_mail")
class OutboundMail {
    enum Status { QUEUED, SENT, FAILED, NOT_SENT_NO_SERVER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    private int attempts;

    protected OutboundMail() {
    }

    OutboundMail(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.status = Status.QUEUED;
    }

    Long id() { return id; }
    String recipient() { return recipient; }
    String subject() { return subject; }
    String body() { return body; }
    Status status() { return status; }
    Instant createdAt() { return createdAt; }

    void markSent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        attempts++;
    }

    void markFailed() {
        status = Status.FAILED;
        attempts++;
    }

    void markNoServer() {
        status = Status.NOT_SENT_NO_SERVER;
    }

    OutboxMessage toMessage() {
        return new OutboxMessage(id, recipient, subject, body, status.name(), createdAt);
    }
}
