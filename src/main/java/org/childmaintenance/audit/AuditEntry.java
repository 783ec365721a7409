package org.childmaintenance.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the append-only audit trail: who, acting for whom, did what, when, from where. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "actor_account_id")
    private Long actorAccountId;
    @Column(name = "actor_label", nullable = false)
    private String actorLabel;
    @Column(name = "on_behalf_of_id")
    private Long onBehalfOfId;
    @Column(nullable = false)
    private String action;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_id")
    private String subjectId;
    private String detail;
    @Column(name = "source_address")
    private String sourceAddress;
    @Column(name = "prev_hash")
    private String prevHash;
    @Column(name = "entry_hash")
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorAccountId, String actorLabel, Long onBehalfOfId, String action,
               String subjectType, String subjectId, String detail, String sourceAddress) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorLabel = actorLabel;
        this.onBehalfOfId = onBehalfOfId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
        this.sourceAddress = sourceAddress;
    }

    /** Links this entry to the one before it (see {@link AuditChain}). */
    AuditEntry chainedAfter(String previousHash) {
        this.occurredAt = AuditChain.stored(occurredAt);
        this.prevHash = previousHash;
        this.entryHash = AuditChain.hash(previousHash, occurredAt, actorAccountId, actorLabel, onBehalfOfId, action,
                subjectType, subjectId, detail, sourceAddress);
        return this;
    }

    Long id() {
        return id;
    }

    String entryHash() {
        return entryHash;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorAccountId, actorLabel, onBehalfOfId, action, subjectType,
                subjectId, detail, sourceAddress);
    }
}
