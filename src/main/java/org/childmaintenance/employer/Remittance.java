package org.childmaintenance.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The one payment an organisation makes for a month's deductions (LC-13.5: a single bulk payment). */
@Entity
@Table(name = "deo_remittance")
class Remittance {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organisation_id", nullable = false)
    private long organisationId;
    @Column(name = "deduction_month", nullable = false)
    private String deductionMonth;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;
    @Column(nullable = false)
    private String method;
    @Column(nullable = false)
    private String reference;
    private String explanation;
    @Column(nullable = false)
    private boolean late;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    protected Remittance() {
    }

    Remittance(long organisationId, String deductionMonth, BigDecimal amount, LocalDate paidOn, String method,
               String reference, String explanation, boolean late, Instant recordedAt, long recordedBy) {
        this.organisationId = organisationId;
        this.deductionMonth = deductionMonth;
        this.amount = amount;
        this.paidOn = paidOn;
        this.method = method;
        this.reference = reference;
        this.explanation = explanation;
        this.late = late;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    Long id() { return id; }
    String deductionMonth() { return deductionMonth; }
    BigDecimal amount() { return amount; }
    LocalDate paidOn() { return paidOn; }
    String method() { return method; }
    String reference() { return reference; }
    String explanation() { return explanation; }
    boolean late() { return late; }
}
