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
import org.jspecify.annotations.Nullable;

/** A service complaint (LC-15): what happened, the answer, a review if asked, the final response and any consolatory payment. */
@Entity
@Table(name = "dsp_complaint")
class Complaint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String reference;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "case_id")
    private @Nullable Long caseId;
    @Column(name = "order_reference")
    private @Nullable String orderReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintCategory category;
    @Column(name = "what_happened", nullable = false)
    private String whatHappened;
    @Column(name = "would_like", nullable = false)
    private String wouldLike;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;
    private @Nullable String answer;
    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;
    @Column(name = "escalation_reason")
    private @Nullable String escalationReason;
    @Column(name = "escalated_at")
    private @Nullable Instant escalatedAt;
    @Column(name = "final_answer")
    private @Nullable String finalAnswer;
    @Column(name = "final_at")
    private @Nullable Instant finalAt;
    private @Nullable BigDecimal consolatory;
    @Column(name = "assigned_to")
    private @Nullable Long assignedTo;
    @Version
    private long version;

    protected Complaint() {
    }

    Complaint(String reference, long accountId, @Nullable Long caseId, @Nullable String orderReference,
              ComplaintCategory category, String whatHappened, String wouldLike, Instant createdAt, LocalDate targetDate) {
        this.reference = reference;
        this.accountId = accountId;
        this.caseId = caseId;
        this.orderReference = orderReference;
        this.category = category;
        this.whatHappened = whatHappened;
        this.wouldLike = wouldLike;
        this.createdAt = createdAt;
        this.targetDate = targetDate;
        this.status = ComplaintStatus.RECEIVED;
    }

    void assignTo(long accountId) {
        assignedTo = accountId;
    }

    /** Since when casework has owed the complainant something: the complaint, or their request for a review. */
    Instant waitingSince() {
        return status == ComplaintStatus.REVIEW_REQUESTED && escalatedAt != null ? escalatedAt : createdAt;
    }

    void answer(String text, Instant at) {
        answer = text;
        answeredAt = at;
        status = ComplaintStatus.ANSWERED;
    }

    void escalate(String reason, Instant at, LocalDate newTarget) {
        escalationReason = reason;
        escalatedAt = at;
        targetDate = newTarget;
        status = ComplaintStatus.REVIEW_REQUESTED;
    }

    void finalResponse(String text, Instant at, @Nullable BigDecimal payment) {
        finalAnswer = text;
        finalAt = at;
        consolatory = payment;
        status = ComplaintStatus.FINAL_RESPONSE;
    }

    Long id() { return id; }
    String reference() { return reference; }
    long accountId() { return accountId; }
    @Nullable Long caseId() { return caseId; }
    @Nullable String orderReference() { return orderReference; }
    ComplaintCategory category() { return category; }
    String whatHappened() { return whatHappened; }
    String wouldLike() { return wouldLike; }
    ComplaintStatus status() { return status; }
    Instant createdAt() { return createdAt; }
    LocalDate targetDate() { return targetDate; }
    @Nullable String answer() { return answer; }
    @Nullable Instant answeredAt() { return answeredAt; }
    @Nullable String escalationReason() { return escalationReason; }
    @Nullable Instant escalatedAt() { return escalatedAt; }
    @Nullable String finalAnswer() { return finalAnswer; }
    @Nullable Instant finalAt() { return finalAt; }
    @Nullable BigDecimal consolatory() { return consolatory; }
    @Nullable Long assignedTo() { return assignedTo; }
}
