package org.childmaintenance.messages;

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
import org.jspecify.annotations.Nullable;

/**
 * One conversation with the service: a parent's side of a case ({@code partyAccountId}, so the
 * other parent never matches it) or an employer organisation. Tracks when it started waiting for
 * the service's answer, for the casework inbox.
 */
@Entity(name = "MsgConversation")
@Table(name = "msg_conversation")
class Conversation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversationKind kind;
    @Column(name = "case_id")
    private @Nullable Long caseId;
    @Column(name = "case_reference")
    private @Nullable String caseReference;
    @Column(name = "party_account_id")
    private @Nullable Long partyAccountId;
    @Column(name = "organisation_id")
    private @Nullable Long organisationId;
    @Column(name = "organisation_name")
    private @Nullable String organisationName;
    @Column(name = "order_reference")
    private @Nullable String orderReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;
    @Column(name = "started_by", nullable = false)
    private long startedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;
    @Column(name = "awaiting_reply_since")
    private @Nullable Instant awaitingReplySince;
    @Column(name = "assigned_to")
    private @Nullable Long assignedTo;
    @Version
    private long version;

    protected Conversation() {
    }

    static Conversation aboutCase(long caseId, String caseReference, long partyAccountId, Subject subject, long startedBy, Instant now) {
        Conversation c = new Conversation(ConversationKind.CASE, subject, startedBy, now);
        c.caseId = caseId;
        c.caseReference = caseReference;
        c.partyAccountId = partyAccountId;
        return c;
    }

    static Conversation forEmployer(long organisationId, @Nullable String organisationName, @Nullable String orderReference,
                                    Subject subject, long startedBy, Instant now) {
        Conversation c = new Conversation(ConversationKind.EMPLOYER, subject, startedBy, now);
        c.organisationId = organisationId;
        c.organisationName = organisationName;
        c.orderReference = orderReference;
        return c;
    }

    private Conversation(ConversationKind kind, Subject subject, long startedBy, Instant now) {
        this.kind = kind;
        this.subject = subject;
        this.startedBy = startedBy;
        this.createdAt = now;
        this.lastMessageAt = now;
    }

    /** The customer side wrote: it waits for an answer from when it first started waiting. */
    void customerWrote(Instant at) {
        lastMessageAt = at;
        if (awaitingReplySince == null) {
            awaitingReplySince = at;
        }
    }

    /** The service answered: nothing is waiting any more. */
    void serviceAnswered(Instant at) {
        lastMessageAt = at;
        awaitingReplySince = null;
    }

    void assignTo(long accountId) {
        assignedTo = accountId;
    }

    Long id() { return id; }
    ConversationKind kind() { return kind; }
    @Nullable Long caseId() { return caseId; }
    @Nullable String caseReference() { return caseReference; }
    @Nullable Long partyAccountId() { return partyAccountId; }
    @Nullable Long organisationId() { return organisationId; }
    @Nullable String organisationName() { return organisationName; }
    @Nullable String orderReference() { return orderReference; }
    Subject subject() { return subject; }
    long startedBy() { return startedBy; }
    Instant createdAt() { return createdAt; }
    Instant lastMessageAt() { return lastMessageAt; }
    @Nullable Instant awaitingReplySince() { return awaitingReplySince; }
    @Nullable Long assignedTo() { return assignedTo; }
}
