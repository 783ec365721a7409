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
import org.jspecify.annotations.Nullable;

/** A ledger action a caseworker asked for (adjustment, write-off, reversal) and who approved it. */
@Entity
@Table(name = "casework_ledger_action")
class LedgerAction {
    enum Kind { ADJUSTMENT, WRITE_OFF, REVERSAL }

    enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private @Nullable BigDecimal amount;
    private @Nullable String target;
    private @Nullable Long transactionId;
    private String reason;
    @Enumerated(EnumType.STRING)
    private Status status;
    private long requestedBy;
    private Instant requestedAt;
    private @Nullable Long decidedBy;
    private @Nullable Instant decidedAt;
    @Version
    private long version;

    protected LedgerAction() {
    }

    LedgerAction(long caseId, Kind kind, @Nullable BigDecimal amount, @Nullable String target,
                 @Nullable Long transactionId, String reason, long requestedBy, Instant requestedAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.amount = amount;
        this.target = target;
        this.transactionId = transactionId;
        this.reason = reason;
        this.status = Status.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void decide(Status outcome, long by, Instant at) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    Kind kind() { return kind; }
    @Nullable BigDecimal amount() { return amount; }
    @Nullable String target() { return target; }
    @Nullable Long transactionId() { return transactionId; }
    String reason() { return reason; }
    Status status() { return status; }
    long requestedBy() { return requestedBy; }
    Instant requestedAt() { return requestedAt; }
    @Nullable Long decidedBy() { return decidedBy; }
}
