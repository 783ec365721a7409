package org.childmaintenance.cases;

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
 * A letter in one party's Documents. The PDF is drawn from the decision it belongs to (which
 * never changes), so only the record is stored.
 */
@Entity
@Table(name = "cm_document")
class CaseDocument {
    enum Kind { DECISION_LETTER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyRole audience;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "decision_id")
    private @Nullable Long decisionId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseDocument() {
    }

    CaseDocument(long caseId, PartyRole audience, Kind kind, @Nullable Long decisionId, Instant createdAt) {
        this.caseId = caseId;
        this.audience = audience;
        this.kind = kind;
        this.decisionId = decisionId;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    PartyRole audience() { return audience; }
    Kind kind() { return kind; }
    @Nullable Long decisionId() { return decisionId; }
    Instant createdAt() { return createdAt; }
}
