package org.childmaintenance.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One notice in a person's in-portal list. It holds a text key and a link, never the detail itself. */
@Entity
@Table(name = "portal_notification")
class PortalNotification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;
    @Column(name = "message_key", nullable = false)
    private String messageKey;
    private String link;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected PortalNotification() {
    }

    PortalNotification(long accountId, NotificationKind kind, String messageKey, String link, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.link = link;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    long accountId() { return accountId; }
    NotificationKind kind() { return kind; }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    Notify.NotificationView toView() {
        return new Notify.NotificationView(id, kind, messageKey, link, createdAt, readAt != null);
    }
}
