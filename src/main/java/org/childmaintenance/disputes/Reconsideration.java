package org.childmaintenance.disputes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.childmaintenance.cases.PartyRole;
import org.jspecify.annotations.Nullable;

/** One mandatory reconsideration of one decision (LC-14.2): who asked, its stage, the outcome and any appeal. */
@Entity
@Table(name = "dsp_reconsideration")
class Reconsideration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "decision_id", nullable = false)
    private long decisionId;
    @Column(name = "requested_by", nullable = false)
    private long requestedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "requester_role", nullable = false)
    private PartyRole requesterRole;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "decision_notified", nullable = false)
    private LocalDate decisionNotified;
    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;
    @Column(name = "late_reason")
    private @Nullable String lateReason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReconsiderationStatus status;
    @Column(name = "invite_until", nullable = false)
    private LocalDate inviteUntil;
    @Column(name = "review_started_at")
    private @Nullable Instant reviewStartedAt;
    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;
    @Column(name = "outcome_reasons")
    private @Nullable String outcomeReasons;
    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;
    @Column(name = "new_decision_id")
    private @Nullable Long newDecisionId;
    private @Nullable BigDecimal adjustment;
    @Column(name = "appeal_lodged_on")
    private @Nullable LocalDate appealLodgedOn;
    @Column(name = "tribunal_reference")
    private @Nullable String tribunalReference;
    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    private @Nullable AppealOutcome appealOutcome;
    @Column(name = "appeal_outcome_at")
    private @Nullable Instant appealOutcomeAt;
    @Column(name = "assigned_to")
    private @Nullable Long assignedTo;
    @Version
    private long version;

    /** What casework decided. */
    enum Outcome { REVISED, NOT_REVISED }

    /** What the tribunal decided. */
    enum AppealOutcome { ALLOWED, DISMISSED, WITHDRAWN }

    protected Reconsideration() {
    }

    Reconsideration(long caseId, long decisionId, long requestedBy, PartyRole requesterRole, Instant requestedAt,
                    LocalDate decisionNotified, LocalDate lastDay, @Nullable String lateReason, LocalDate inviteUntil) {
        this.caseId = caseId;
        this.decisionId = decisionId;
        this.requestedBy = requestedBy;
        this.requesterRole = requesterRole;
        this.requestedAt = requestedAt;
        this.decisionNotified = decisionNotified;
        this.lastDay = lastDay;
        this.lateReason = lateReason;
        this.inviteUntil = inviteUntil;
        this.status = ReconsiderationStatus.RECEIVED;
    }

    void startReview(Instant at) {
        if (status == ReconsiderationStatus.RECEIVED) {
            status = ReconsiderationStatus.BEING_LOOKED_AT;
            reviewStartedAt = at;
        }
    }

    void decide(Outcome o, String reasons, Instant at, @Nullable Long newDecision, @Nullable BigDecimal adjusted) {
        status = ReconsiderationStatus.DECIDED;
        outcome = o;
        outcomeReasons = reasons;
        decidedAt = at;
        newDecisionId = newDecision;
        adjustment = adjusted;
        if (reviewStartedAt == null) {
            reviewStartedAt = at;
        }
    }

    void assignTo(long accountId) {
        assignedTo = accountId;
    }

    void appealLodged(LocalDate on, String reference) {
        appealLodgedOn = on;
        tribunalReference = reference;
    }

    void appealDecided(AppealOutcome o, Instant at) {
        appealOutcome = o;
        appealOutcomeAt = at;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    long decisionId() { return decisionId; }
    long requestedBy() { return requestedBy; }
    PartyRole requesterRole() { return requesterRole; }
    Instant requestedAt() { return requestedAt; }
    LocalDate decisionNotified() { return decisionNotified; }
    LocalDate lastDay() { return lastDay; }
    @Nullable String lateReason() { return lateReason; }
    ReconsiderationStatus status() { return status; }
    LocalDate inviteUntil() { return inviteUntil; }
    @Nullable Instant reviewStartedAt() { return reviewStartedAt; }
    @Nullable Outcome outcome() { return outcome; }
    @Nullable String outcomeReasons() { return outcomeReasons; }
    @Nullable Instant decidedAt() { return decidedAt; }
    @Nullable Long newDecisionId() { return newDecisionId; }
    @Nullable BigDecimal adjustment() { return adjustment; }
    @Nullable LocalDate appealLodgedOn() { return appealLodgedOn; }
    @Nullable String tribunalReference() { return tribunalReference; }
    @Nullable AppealOutcome appealOutcome() { return appealOutcome; }
    @Nullable Long assignedTo() { return assignedTo; }
}
