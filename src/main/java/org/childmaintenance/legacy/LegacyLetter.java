package org.childmaintenance.legacy;

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
import org.childmaintenance.legacy.LegacyTypes.Delivery;
import org.childmaintenance.legacy.LegacyTypes.LetterKind;
import org.jspecify.annotations.Nullable;

/**
 * A closure letter to one parent, with the facts it states as they were on its date (the PDF is drawn
 * from them, so it never changes). At most one of each kind per parent.
 */
@Entity
@Table(name = "legacy_letter")
class LegacyLetter {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "legacy_case_id", nullable = false)
    long legacyCaseId;
    @Column(name = "party_id", nullable = false)
    long partyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    LetterKind kind;
    @Column(name = "letter_date", nullable = false)
    LocalDate letterDate;
    @Column(name = "weekly_amount", nullable = false)
    BigDecimal weeklyAmount;
    @Column(name = "liability_end_date", nullable = false)
    LocalDate liabilityEndDate;
    @Column(name = "arrears_balance", nullable = false)
    BigDecimal arrearsBalance;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Delivery delivery;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "posted_at")
    @Nullable Instant postedAt;
    @Column(name = "posted_by")
    @Nullable Long postedBy;

    protected LegacyLetter() {
    }

    LegacyLetter(LegacyCase c, LegacyParty to, LetterKind kind, LocalDate letterDate, Delivery delivery, Instant at) {
        this.legacyCaseId = c.id;
        this.partyId = to.id;
        this.kind = kind;
        this.letterDate = letterDate;
        this.weeklyAmount = c.weeklyAmount;
        this.liabilityEndDate = c.liabilityEndDate;
        this.arrearsBalance = c.arrearsBalance;
        this.delivery = delivery;
        this.createdAt = at;
    }
}
