package org.childmaintenance.employer;

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
import java.util.Map;

/**
 * A deduction from earnings order served on an employer for one employee (LC-13). It holds only
 * what the order itself says: no calculation, no receiving parent, no arrears beyond the rates.
 */
@Entity
@Table(name = "deo_order")
class DeductionOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organisation_id", nullable = false)
    private long organisationId;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "paying_account_id")
    private Long payingAccountId;
    @Column(name = "employee_name", nullable = false)
    private String employeeName;
    @Column(name = "payroll_number", nullable = false)
    private String payrollNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "pay_frequency", nullable = false)
    private PayFrequency payFrequency;
    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;
    @Column(name = "served_on", nullable = false)
    private LocalDate servedOn;
    @Column(name = "rate_monthly", nullable = false)
    private BigDecimal rateMonthly;
    @Column(name = "rate_weekly", nullable = false)
    private BigDecimal rateWeekly;
    @Column(name = "rate_two_weekly", nullable = false)
    private BigDecimal rateTwoWeekly;
    @Column(name = "rate_four_weekly", nullable = false)
    private BigDecimal rateFourWeekly;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "marked_left_on")
    private LocalDate markedLeftOn;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected DeductionOrder() {
    }

    DeductionOrder(long organisationId, long caseId, String caseReference, Long payingAccountId, String employeeName,
                   String payrollNumber, PayFrequency payFrequency, LocalDate effectiveDate, LocalDate servedOn,
                   Map<PayFrequency, BigDecimal> rates, Instant createdAt) {
        this.organisationId = organisationId;
        this.caseId = caseId;
        this.caseReference = caseReference;
        this.payingAccountId = payingAccountId;
        this.employeeName = employeeName;
        this.payrollNumber = payrollNumber;
        this.payFrequency = payFrequency;
        this.effectiveDate = effectiveDate;
        this.servedOn = servedOn;
        this.status = OrderStatus.ACTIVE;
        this.createdAt = createdAt;
        rates(rates);
    }

    Long id() { return id; }
    long organisationId() { return organisationId; }
    long caseId() { return caseId; }
    String caseReference() { return caseReference; }
    Long payingAccountId() { return payingAccountId; }
    String employeeName() { return employeeName; }
    String payrollNumber() { return payrollNumber; }
    PayFrequency payFrequency() { return payFrequency; }
    LocalDate effectiveDate() { return effectiveDate; }
    LocalDate servedOn() { return servedOn; }
    OrderStatus status() { return status; }
    LocalDate endedOn() { return endedOn; }
    /** The date the employee left, as the employer first told us before the full leaver report (or null). */
    LocalDate markedLeftOn() { return markedLeftOn; }

    void markLeft(LocalDate dateLeft) {
        this.markedLeftOn = dateLeft;
    }

    /** The first pay day on or after this date must carry a deduction (LC-13.3). */
    LocalDate firstDeductionDay() {
        return DeductionRules.firstDeductionDay(servedOn, effectiveDate);
    }

    BigDecimal rate(PayFrequency f) {
        return switch (f) {
            case MONTHLY -> rateMonthly;
            case WEEKLY -> rateWeekly;
            case TWO_WEEKLY -> rateTwoWeekly;
            case FOUR_WEEKLY -> rateFourWeekly;
        };
    }

    /** The rate for the employee's current pay frequency. */
    BigDecimal currentRate() {
        return rate(payFrequency);
    }

    Map<PayFrequency, BigDecimal> rates() {
        return Map.of(PayFrequency.MONTHLY, rateMonthly, PayFrequency.WEEKLY, rateWeekly,
                PayFrequency.TWO_WEEKLY, rateTwoWeekly, PayFrequency.FOUR_WEEKLY, rateFourWeekly);
    }

    void vary(Map<PayFrequency, BigDecimal> rates) {
        rates(rates);
        this.status = OrderStatus.VARIED;
    }

    /** Demo data only: an order served earlier, so the demo has months of deductions. */
    void backdate(LocalDate served, LocalDate effective) {
        this.servedOn = served;
        this.effectiveDate = effective;
    }

    void payFrequency(PayFrequency f) {
        this.payFrequency = f;
    }

    void end(OrderStatus ended, LocalDate on) {
        this.status = ended;
        this.endedOn = on;
    }

    private void rates(Map<PayFrequency, BigDecimal> rates) {
        this.rateMonthly = rates.get(PayFrequency.MONTHLY);
        this.rateWeekly = rates.get(PayFrequency.WEEKLY);
        this.rateTwoWeekly = rates.get(PayFrequency.TWO_WEEKLY);
        this.rateFourWeekly = rates.get(PayFrequency.FOUR_WEEKLY);
    }
}
