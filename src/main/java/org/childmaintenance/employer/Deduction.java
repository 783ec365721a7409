package org.childmaintenance.employer;

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
import java.time.YearMonth;

/**
 * One pay day's deduction for one order, with its working (net, protected earnings, shortfall and
 * reason) and, once the month's remittance is posted, what was paid over for it.
 */
@Entity
@Table(name = "deo_deduction")
class Deduction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id", nullable = false)
    private long orderId;
    @Column(name = "organisation_id", nullable = false)
    private long organisationId;
    @Column(name = "pay_date", nullable = false)
    private LocalDate payDate;
    @Column(name = "deduction_month", nullable = false)
    private String deductionMonth;
    @Column(name = "net_earnings", nullable = false)
    private BigDecimal netEarnings;
    @Column(name = "normal_rate", nullable = false)
    private BigDecimal normalRate;
    @Column(name = "protected_amount", nullable = false)
    private BigDecimal protectedAmount;
    @Column(nullable = false)
    private BigDecimal deducted;
    @Column(nullable = false)
    private BigDecimal shortfall;
    @Enumerated(EnumType.STRING)
    @Column(name = "shortfall_reason")
    private DeductionRules.ShortfallReason shortfallReason;
    @Column(name = "admin_charge", nullable = false)
    private BigDecimal adminCharge;
    @Column(name = "paid_over")
    private BigDecimal paidOver;
    @Column(name = "remittance_id")
    private Long remittanceId;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private Long recordedBy;

    protected Deduction() {
    }

    Deduction(long orderId, long organisationId, LocalDate payDate, DeductionRules.Working w,
              BigDecimal deducted, DeductionRules.ShortfallReason reason, Instant recordedAt, Long recordedBy) {
        this.orderId = orderId;
        this.organisationId = organisationId;
        this.payDate = payDate;
        this.deductionMonth = YearMonth.from(payDate).toString();
        this.netEarnings = w.netEarnings();
        this.normalRate = w.normalRate();
        this.protectedAmount = w.protectedEarnings();
        this.deducted = deducted;
        this.shortfall = w.normalRate().subtract(deducted);
        this.shortfallReason = this.shortfall.signum() > 0 ? reason : null;
        this.adminCharge = w.adminCharge();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    Long id() { return id; }
    long orderId() { return orderId; }
    long organisationId() { return organisationId; }
    LocalDate payDate() { return payDate; }
    YearMonth month() { return YearMonth.parse(deductionMonth); }
    BigDecimal netEarnings() { return netEarnings; }
    BigDecimal normalRate() { return normalRate; }
    BigDecimal protectedAmount() { return protectedAmount; }
    BigDecimal deducted() { return deducted; }
    BigDecimal shortfall() { return shortfall; }
    DeductionRules.ShortfallReason shortfallReason() { return shortfallReason; }
    BigDecimal adminCharge() { return adminCharge; }
    BigDecimal paidOver() { return paidOver; }
    Long remittanceId() { return remittanceId; }

    void paidOver(long remittanceId, BigDecimal amount) {
        this.remittanceId = remittanceId;
        this.paidOver = amount;
    }
}
