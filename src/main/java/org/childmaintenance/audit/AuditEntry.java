package org.childmaintenance.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the append-only audit trail: who, acting for whom, did what, when, from where, and its
 * place in the hash chain. Read here; written by {@link AuditService} with plain SQL (one connection
 * for the entry and the chain head).
 */
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
    @Column(name = "prev_hash", columnDefinition = "CHAR(64)")
    private String prevHash;
    @Column(name = "entry_hash", columnDefinition = "CHAR(64)")
    private String entryHash;

    protected AuditEntry() {
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorAccountId, actorLabel, onBehalfOfId, action, subjectType,
                subjectId, detail, sourceAddress);
    }
}
