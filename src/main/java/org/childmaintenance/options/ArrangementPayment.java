package org.childmaintenance.options;

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
import org.childmaintenance.options.ArrangementTypes.PaymentStatus;

/** A payment the paying parent says they made under a family-based arrangement. */
@Entity
@Table(name = "family_arrangement_payment")
class ArrangementPayment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "arrangement_id", nullable = false)
    long arrangementId;
    @Column(name = "paid_on", nullable = false)
    LocalDate paidOn;
    @Column(nullable = false)
    BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PaymentStatus status;
    @Column(name = "recorded_by", nullable = false)
    long recordedBy;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
    @Column(name = "answered_at")
    Instant answeredAt;
    @Version
    long version;

    protected ArrangementPayment() {
    }

    ArrangementPayment(long arrangementId, LocalDate paidOn, BigDecimal amount, long recordedBy, Instant now) {
        this.arrangementId = arrangementId;
        this.paidOn = paidOn;
        this.amount = amount;
        this.status = PaymentStatus.RECORDED;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }
}
