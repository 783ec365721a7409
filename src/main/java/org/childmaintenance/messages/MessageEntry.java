package org.childmaintenance.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message (or casework's internal note) in a conversation. Messages are kept: there is no
 * update or delete. The author's account is kept for the audit; the other side sees only the side's name.
 */
@Entity(name = "MsgMessage")
@Table(name = "msg_message")
class MessageEntry {
    enum Side { CUSTOMER, SERVICE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "conversation_id", nullable = false)
    private long conversationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;
    @Column(name = "author_account_id", nullable = false)
    private long authorAccountId;
    @Column(name = "on_behalf_of")
    private @Nullable Long onBehalfOf;
    @Column(name = "author_label", nullable = false)
    private String authorLabel;
    @Column(name = "internal_note", nullable = false)
    private boolean internalNote;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MessageEntry() {
    }

    MessageEntry(long conversationId, Side side, long authorAccountId, @Nullable Long onBehalfOf, String authorLabel,
                 boolean internalNote, String body, Instant createdAt) {
        this.conversationId = conversationId;
        this.side = side;
        this.authorAccountId = authorAccountId;
        this.onBehalfOf = onBehalfOf;
        this.authorLabel = authorLabel;
        this.internalNote = internalNote;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    long conversationId() { return conversationId; }
    Side side() { return side; }
    long authorAccountId() { return authorAccountId; }
    @Nullable Long onBehalfOf() { return onBehalfOf; }
    String authorLabel() { return authorLabel; }
    boolean internalNote() { return internalNote; }
    String body() { return body; }
    Instant createdAt() { return createdAt; }
}
