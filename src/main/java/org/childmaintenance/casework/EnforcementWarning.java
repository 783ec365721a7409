package org.childmaintenance.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A pre-enforcement warning letter sent to the paying parent (LC-12.2): what was missed, since when, and pay by when. */
@Entity
@Table(name = "casework_enforcement_warning")
class EnforcementWarning {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private String caseReference;
    private @Nullable Long payingAccountId;
    private BigDecimal amount;
    private LocalDate arrearsSince;
    private LocalDate sentOn;
    private LocalDate payBy;
    private long createdBy;
    private Instant createdAt;

    protected EnforcementWarning() {
    }

    EnforcementWarning(long caseId, String caseReference, @Nullable Long payingAccountId, BigDecimal amount,
                       LocalDate arrearsSince, LocalDate sentOn, LocalDate payBy, long createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.caseReference = caseReference;
        this.payingAccountId = payingAccountId;
        this.amount = amount;
        this.arrearsSince = arrearsSince;
        this.sentOn = sentOn;
        this.payBy = payBy;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    String caseReference() { return caseReference; }
    @Nullable Long payingAccountId() { return payingAccountId; }
    BigDecimal amount() { return amount; }
    LocalDate arrearsSince() { return arrearsSince; }
    LocalDate sentOn() { return sentOn; }
    LocalDate payBy() { return payBy; }
    Instant createdAt() { return createdAt; }
}
