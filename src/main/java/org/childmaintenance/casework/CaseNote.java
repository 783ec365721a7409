package org.childmaintenance.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An internal note on a case: casework only, never shown to parents. */
@Entity
@Table(name = "casework_note")
class CaseNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private long authorId;
    private String authorName;
    private String body;
    private Instant createdAt;

    protected CaseNote() {
    }

    CaseNote(long caseId, long authorId, String authorName, String body, Instant createdAt) {
        this.caseId = caseId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    String authorName() { return authorName; }
    String body() { return body; }
    Instant createdAt() { return createdAt; }
}
