package org.childmaintenance.casework;

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

/** One step of the enforcement ladder taken on a case (LC-12.4), with its charge (LC-8.3). */
@Entity
@Table(name = "casework_enforcement")
class EnforcementAction {
    enum Status { ACTIVE, ENDED, WITHDRAWN }

    /** LC-12.4: a lump sum deduction order is interim (account frozen) until made final (amount deducted). */
    enum LsdoStage { INTERIM, FINAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private EnforcementKind kind;
    @Enumerated(EnumType.STRING)
    private Status status;
    private @Nullable BigDecimal weeklyAmount;
    private @Nullable BigDecimal lumpSum;
    private BigDecimal charge;
    private @Nullable Long chargeTxId;
    private String reason;
    private LocalDate startedOn;
    private @Nullable LocalDate endedOn;
    private @Nullable String endReason;
    private @Nullable Long deductionOrderId;
    private @Nullable Long employerId;
    private @Nullable String warningOverride;
    @Enumerated(EnumType.STRING)
    private @Nullable LsdoStage lsdoStage;
    private @Nullable BigDecimal deducted;
    private @Nullable String deductionReference;
    private @Nullable Long assignedTo;
    private long createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected EnforcementAction() {
    }

    EnforcementAction(long caseId, EnforcementKind kind, @Nullable BigDecimal weeklyAmount, @Nullable BigDecimal lumpSum,
                      String reason, LocalDate startedOn, long createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.status = Status.ACTIVE;
        this.weeklyAmount = weeklyAmount;
        this.lumpSum = lumpSum;
        this.charge = kind.charge();
        this.reason = reason;
        this.startedOn = startedOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.lsdoStage = kind == EnforcementKind.LSDO ? LsdoStage.INTERIM : null;
    }

    /** The final lump sum order: {@code amount} was deducted and posted to the ledger under {@code reference}; the step ends. */
    void madeFinal(BigDecimal amount, String reference, LocalDate on, String why) {
        this.lsdoStage = LsdoStage.FINAL;
        this.deducted = amount;
        this.deductionReference = reference;
        end(Status.ENDED, on, why);
    }

    /** A DEO step: the employer feature's order it issued, and the employer it went to. */
    void issued(long orderId, long employer) {
        this.deductionOrderId = orderId;
        this.employerId = employer;
    }

    /** Taken before the warning's pay-by date (or with no warning), for this reason (LC-12.2). */
    void warningOverridden(String why) {
        this.warningOverride = why;
    }

    /** "Assign to me" on the desk's queue of actions due a next step. */
    void assignTo(long accountId) {
        this.assignedTo = accountId;
    }

    void charged(@Nullable Long txId) {
        this.chargeTxId = txId;
    }

    void end(Status outcome, LocalDate on, String why) {
        this.status = outcome;
        this.endedOn = on;
        this.endReason = why;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    EnforcementKind kind() { return kind; }
    Status status() { return status; }
    @Nullable BigDecimal weeklyAmount() { return weeklyAmount; }
    @Nullable BigDecimal lumpSum() { return lumpSum; }
    BigDecimal charge() { return charge; }
    @Nullable Long chargeTxId() { return chargeTxId; }
    String reason() { return reason; }
    LocalDate startedOn() { return startedOn; }
    @Nullable LocalDate endedOn() { return endedOn; }
    @Nullable String endReason() { return endReason; }
    @Nullable Long deductionOrderId() { return deductionOrderId; }
    @Nullable Long employerId() { return employerId; }
    @Nullable String warningOverride() { return warningOverride; }
    @Nullable LsdoStage lsdoStage() { return lsdoStage; }
    @Nullable BigDecimal deducted() { return deducted; }
    @Nullable Long assignedTo() { return assignedTo; }
}
