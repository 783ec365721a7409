package org.childmaintenance.cases;

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

/** A statutory child maintenance case between one receiving parent and one paying parent. */
@Entity
@Table(name = "cm_case")
class MaintenanceCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String reference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(name = "applicant_account_id", nullable = false)
    private Long applicantAccountId;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    private ApplicantType applicantType;
    @Column(name = "pre_application_reference", nullable = false)
    private String preApplicationReference;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    private ServiceType serviceType;
    @Column(name = "domestic_abuse", nullable = false)
    private boolean domesticAbuse;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "notice_date")
    private @Nullable LocalDate noticeDate;
    @Column(name = "details_due_date")
    private @Nullable LocalDate detailsDueDate;
    @Column(name = "initial_effective_date")
    private @Nullable LocalDate initialEffectiveDate;
    @Column(name = "period_start")
    private @Nullable LocalDate periodStart;
    @Column(name = "review_date")
    private @Nullable LocalDate reviewDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_frequency")
    private @Nullable PaymentFrequency paymentFrequency;
    @Enumerated(EnumType.STRING)
    @Column(name = "income_type")
    private @Nullable IncomeType incomeType;
    @Column(name = "income_amount")
    private @Nullable BigDecimal incomeAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "income_frequency")
    private @Nullable IncomeFrequency incomeFrequency;
    @Enumerated(EnumType.STRING)
    @Column(name = "benefit_kind")
    private @Nullable BenefitKind benefitKind;
    @Column(name = "pension_amount")
    private @Nullable BigDecimal pensionAmount;
    @Column(name = "relevant_other_children")
    private @Nullable Integer relevantOtherChildren;
    @Column(name = "other_arrangement_children")
    private @Nullable Integer otherArrangementChildren;
    @Column(name = "details_given_at")
    private @Nullable Instant detailsGivenAt;
    @Column(name = "parentage_note")
    private @Nullable String parentageNote;
    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;
    @Column(name = "close_reason")
    private @Nullable String closeReason;
    @Column(name = "continues_from")
    private @Nullable String continuesFrom;
    @Column(name = "earliest_effective_date")
    private @Nullable LocalDate earliestEffectiveDate;
    @Version
    private long version;

    protected MaintenanceCase() {
    }

    MaintenanceCase(String reference, long applicantAccountId, ApplicantType applicantType, String preApplicationReference,
                    ServiceType serviceType, boolean domesticAbuse, Instant createdAt) {
        this.reference = reference;
        this.status = CaseStatus.FINDING_OTHER_PARENT;
        this.applicantAccountId = applicantAccountId;
        this.applicantType = applicantType;
        this.preApplicationReference = preApplicationReference;
        this.serviceType = serviceType;
        this.domesticAbuse = domesticAbuse;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    String reference() { return reference; }
    CaseStatus status() { return status; }
    long applicantAccountId() { return applicantAccountId; }
    ApplicantType applicantType() { return applicantType; }
    String preApplicationReference() { return preApplicationReference; }
    ServiceType serviceType() { return serviceType; }
    boolean domesticAbuse() { return domesticAbuse; }
    Instant createdAt() { return createdAt; }
    @Nullable LocalDate noticeDate() { return noticeDate; }
    @Nullable LocalDate detailsDueDate() { return detailsDueDate; }
    @Nullable LocalDate initialEffectiveDate() { return initialEffectiveDate; }
    @Nullable LocalDate periodStart() { return periodStart; }
    @Nullable LocalDate reviewDate() { return reviewDate; }
    @Nullable PaymentFrequency paymentFrequency() { return paymentFrequency; }
    @Nullable IncomeType incomeType() { return incomeType; }
    @Nullable BigDecimal incomeAmount() { return incomeAmount; }
    @Nullable IncomeFrequency incomeFrequency() { return incomeFrequency; }
    @Nullable BenefitKind benefitKind() { return benefitKind; }
    @Nullable BigDecimal pensionAmount() { return pensionAmount; }
    int relevantOtherChildren() { return relevantOtherChildren == null ? 0 : relevantOtherChildren; }
    int otherArrangementChildren() { return otherArrangementChildren == null ? 0 : otherArrangementChildren; }
    @Nullable Instant detailsGivenAt() { return detailsGivenAt; }
    @Nullable String parentageNote() { return parentageNote; }
    @Nullable LocalDate closedOn() { return closedOn; }
    @Nullable String closeReason() { return closeReason; }
    @Nullable String continuesFrom() { return continuesFrom; }
    @Nullable LocalDate earliestEffectiveDate() { return earliestEffectiveDate; }

    /** The case continues an earlier one (an old-scheme case) and takes effect no earlier than {@code startsOn}. */
    void continues(String earlierReference, LocalDate startsOn) {
        this.continuesFrom = earlierReference;
        this.earliestEffectiveDate = startsOn;
    }

    void moveTo(CaseStatus status) {
        this.status = status;
    }

    /** Notice given to the paying parent: the initial effective date and when their details are due (LC-4.2, LC-4.3). */
    void noticeGiven(LocalDate noticeDate, LocalDate effectiveDate, LocalDate detailsDue) {
        this.noticeDate = noticeDate;
        this.initialEffectiveDate = effectiveDate;
        this.detailsDueDate = detailsDue;
    }

    void income(IncomeType type, @Nullable BigDecimal amount, @Nullable IncomeFrequency frequency,
                @Nullable BenefitKind benefit, @Nullable BigDecimal pension) {
        this.incomeType = type;
        this.incomeAmount = amount;
        this.incomeFrequency = frequency;
        this.benefitKind = benefit;
        this.pensionAmount = pension;
    }

    void otherChildren(int relevantOther, int otherArrangement) {
        this.relevantOtherChildren = relevantOther;
        this.otherArrangementChildren = otherArrangement;
    }

    void detailsGiven(Instant at, PaymentFrequency frequency) {
        this.detailsGivenAt = at;
        this.paymentFrequency = frequency;
    }

    /** A new reference period from {@code start} to the next review date (LC-9.1, LC-10.1). */
    void startPeriod(LocalDate start) {
        this.periodStart = start;
        this.reviewDate = start.plusYears(1);
    }

    void serviceType(ServiceType type) {
        this.serviceType = type;
    }

    void parentageNote(String note) {
        this.parentageNote = note;
    }

    void close(LocalDate on, String reason) {
        this.status = CaseStatus.CLOSED;
        this.closedOn = on;
        this.closeReason = reason;
    }
}
