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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A reported change and what came of it; closure requests stay open as caseworker tasks (LC-10.6). */
@Entity
@Table(name = "cm_change")
class ChangeRecord {
    enum Outcome { NEW_DECISION, NO_NEW_DECISION, RECORDED, CASEWORKER_TASK, TASK_DONE, DUPLICATE_REVIEW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeKind kind;
    @Column(name = "reported_by")
    private @Nullable Long reportedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "reported_role")
    private @Nullable PartyRole reportedRole;
    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;
    @Column(name = "happened_on")
    private @Nullable LocalDate happenedOn;
    @Column(nullable = false)
    private String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;
    @Column(name = "decision_id")
    private @Nullable Long decisionId;
    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    protected ChangeRecord() {
    }

    ChangeRecord(long caseId, ChangeKind kind, @Nullable Long reportedBy, @Nullable PartyRole reportedRole,
                 Instant reportedAt, @Nullable LocalDate happenedOn, String summary, Outcome outcome,
                 @Nullable Long decisionId) {
        this.caseId = caseId;
        this.kind = kind;
        this.reportedBy = reportedBy;
        this.reportedRole = reportedRole;
        this.reportedAt = reportedAt;
        this.happenedOn = happenedOn;
        this.summary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
        this.outcome = outcome;
        this.decisionId = decisionId;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    ChangeKind kind() { return kind; }
    Instant reportedAt() { return reportedAt; }
    @Nullable PartyRole reportedRole() { return reportedRole; }
    String summary() { return summary; }
    Outcome outcome() { return outcome; }

    void resolve(Instant at) {
        this.outcome = Outcome.TASK_DONE;
        this.resolvedAt = at;
    }
}
