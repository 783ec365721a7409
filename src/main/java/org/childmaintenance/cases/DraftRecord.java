package org.childmaintenance.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's unfinished application, as JSON. */
@Entity
@Table(name = "cm_application_draft")
class DraftRecord {
    @Id
    @Column(name = "account_id")
    private Long accountId;
    @Column(nullable = false)
    private String answers;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DraftRecord() {
    }

    DraftRecord(long accountId, String answers, Instant updatedAt) {
        this.accountId = accountId;
        this.answers = answers;
        this.updatedAt = updatedAt;
    }

    String answers() { return answers; }

    void update(String answers, Instant at) {
        this.answers = answers;
        this.updatedAt = at;
    }
}
