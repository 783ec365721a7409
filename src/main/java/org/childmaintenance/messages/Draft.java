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

/** What someone has typed but not sent yet, saved as they type so a lost connection loses nothing. */
@Entity(name = "MsgDraft")
@Table(name = "msg_draft")
class Draft {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "draft_key", nullable = false)
    private String draftKey;
    @Enumerated(EnumType.STRING)
    private @Nullable Subject subject;
    @Column(name = "case_id")
    private @Nullable Long caseId;
    @Column(name = "order_reference")
    private @Nullable String orderReference;
    @Column(nullable = false)
    private String body;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Draft() {
    }

    Draft(long accountId, String draftKey) {
        this.accountId = accountId;
        this.draftKey = draftKey;
        this.body = "";
    }

    void update(@Nullable Subject subject, @Nullable Long caseId, @Nullable String orderReference, String body, Instant at) {
        this.subject = subject;
        this.caseId = caseId;
        this.orderReference = orderReference;
        this.body = body;
        this.updatedAt = at;
    }

    @Nullable Subject subject() { return subject; }
    @Nullable Long caseId() { return caseId; }
    @Nullable String orderReference() { return orderReference; }
    String body() { return body; }
    Instant updatedAt() { return updatedAt; }
}
