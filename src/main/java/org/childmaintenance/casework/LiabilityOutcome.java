package org.childmaintenance.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A later step after a liability order (LC-12.4 step 6), chosen by a caseworker with its date and reason. */
@Entity
@Table(name = "casework_enforcement_outcome")
class LiabilityOutcome {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long actionId;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private LiabilityOutcomeKind outcome;
    private LocalDate takenOn;
    private String reason;
    private long createdBy;
    private Instant createdAt;

    protected LiabilityOutcome() {
    }

    LiabilityOutcome(long actionId, long caseId, LiabilityOutcomeKind outcome, LocalDate takenOn, String reason,
                     long createdBy, Instant createdAt) {
        this.actionId = actionId;
        this.caseId = caseId;
        this.outcome = outcome;
        this.takenOn = takenOn;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    long actionId() { return actionId; }
    long caseId() { return caseId; }
    LiabilityOutcomeKind outcome() { return outcome; }
    LocalDate takenOn() { return takenOn; }
    String reason() { return reason; }
}
