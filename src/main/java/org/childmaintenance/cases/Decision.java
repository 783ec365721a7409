package org.childmaintenance.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A maintenance decision: what was used, the weekly amount, from when, and who decided. Never changed. */
@Entity
@Table(name = "cm_decision")
class Decision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionKind kind;
    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    private ServiceType serviceType;
    @Column(name = "weekly_amount", nullable = false)
    private BigDecimal weeklyAmount;
    @Column(name = "rate_band", nullable = false)
    private String rateBand;
    @Column(name = "gross_weekly_income")
    private @Nullable BigDecimal grossWeeklyIncome;
    @Column(name = "income_basis", nullable = false)
    private String incomeBasis;
    @Column(name = "qualifying_children", nullable = false)
    private int qualifyingChildren;
    @Column(name = "relevant_other_children", nullable = false)
    private int relevantOtherChildren;
    @Column(name = "other_arrangement_children", nullable = false)
    private int otherArrangementChildren;
    @Column(name = "shared_care_nights", nullable = false)
    private String sharedCareNights;
    @Column(nullable = false)
    private String reason;
    @Column(nullable = false)
    private String breakdown;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;
    @Column(name = "decided_by")
    private @Nullable Long decidedBy;
    @Column(name = "decided_by_label", nullable = false)
    private String decidedByLabel;

    protected Decision() {
    }

    Decision(long caseId, DecisionKind kind, LocalDate effectiveDate, ServiceType serviceType, BigDecimal weeklyAmount,
             String rateBand, @Nullable BigDecimal grossWeeklyIncome, String incomeBasis, int qualifyingChildren,
             int relevantOtherChildren, int otherArrangementChildren, String sharedCareNights, String reason,
             String breakdown, Instant decidedAt, @Nullable Long decidedBy, String decidedByLabel) {
        this.caseId = caseId;
        this.kind = kind;
        this.effectiveDate = effectiveDate;
        this.serviceType = serviceType;
        this.weeklyAmount = weeklyAmount;
        this.rateBand = rateBand;
        this.grossWeeklyIncome = grossWeeklyIncome;
        this.incomeBasis = incomeBasis;
        this.qualifyingChildren = qualifyingChildren;
        this.relevantOtherChildren = relevantOtherChildren;
        this.otherArrangementChildren = otherArrangementChildren;
        this.sharedCareNights = sharedCareNights;
        this.reason = reason;
        this.breakdown = breakdown;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.decidedByLabel = decidedByLabel;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    DecisionKind kind() { return kind; }
    LocalDate effectiveDate() { return effectiveDate; }
    ServiceType serviceType() { return serviceType; }
    BigDecimal weeklyAmount() { return weeklyAmount; }
    String rateBand() { return rateBand; }
    @Nullable BigDecimal grossWeeklyIncome() { return grossWeeklyIncome; }
    String incomeBasis() { return incomeBasis; }
    int qualifyingChildren() { return qualifyingChildren; }
    int relevantOtherChildren() { return relevantOtherChildren; }
    int otherArrangementChildren() { return otherArrangementChildren; }
    String sharedCareNights() { return sharedCareNights; }
    String reason() { return reason; }
    String breakdown() { return breakdown; }
    Instant decidedAt() { return decidedAt; }
    String decidedByLabel() { return decidedByLabel; }
}
