package org.childmaintenance.options;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.JoinColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.options.ArrangementTypes.ExtrasPayer;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ArrangementTypes.PaymentMethod;
import org.childmaintenance.options.ArrangementTypes.Status;

/**
 * A family-based arrangement between its author ("creator") and the other parent, who joins it
 * through a single-use invitation. Fields are filled step by step while it is a draft.
 */
@Entity
@Table(name = "family_arrangement")
class FamilyArrangement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;
    @Column(name = "creator_account_id", nullable = false)
    long creatorAccountId;
    @Column(name = "creator_name", nullable = false)
    String creatorName;
    @Column(name = "creator_email", nullable = false)
    String creatorEmail;
    @Enumerated(EnumType.STRING)
    @Column(name = "creator_role")
    ParentRole creatorRole;
    @Column(name = "other_name")
    String otherName;
    @Column(name = "other_account_id")
    Long otherAccountId;
    @Column(name = "other_email")
    String otherEmail;
    @Column(name = "estimate_weekly")
    BigDecimal estimateWeekly;
    BigDecimal amount;
    @Enumerated(EnumType.STRING)
    Frequency frequency;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    PaymentMethod paymentMethod;
    @Column(name = "payment_timing")
    String paymentTiming;
    @Column(name = "first_payment_date")
    LocalDate firstPaymentDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "extras_school_trips")
    ExtrasPayer extrasSchoolTrips;
    @Enumerated(EnumType.STRING)
    @Column(name = "extras_clothes")
    ExtrasPayer extrasClothes;
    @Enumerated(EnumType.STRING)
    @Column(name = "extras_activities")
    ExtrasPayer extrasActivities;
    String holidays;
    @Column(name = "changes_plan")
    String changesPlan;
    @Column(name = "review_date")
    LocalDate reviewDate;
    @Column(name = "shared_details")
    String sharedDetails;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "agreed_by_creator_at")
    Instant agreedByCreatorAt;
    @Column(name = "confirmed_at")
    Instant confirmedAt;
    @Column(name = "review_reminder_sent_at")
    Instant reviewReminderSentAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "arrangement_id", nullable = false)
    @OrderBy("position")
    List<ArrangementChild> children = new ArrayList<>();
    @Version
    long version;

    protected FamilyArrangement() {
    }

    FamilyArrangement(long creatorAccountId, String creatorName, String creatorEmail, Instant now) {
        this.status = Status.DRAFT;
        this.creatorAccountId = creatorAccountId;
        this.creatorName = creatorName;
        this.creatorEmail = creatorEmail;
        this.createdAt = now;
    }

    boolean isParty(long accountId) {
        return creatorAccountId == accountId || (otherAccountId != null && otherAccountId == accountId);
    }

    /** The role of {@code accountId} in this arrangement (the creator chose theirs; the other parent has the other). */
    ParentRole roleOf(long accountId) {
        if (creatorRole == null) {
            return null;
        }
        return accountId == creatorAccountId ? creatorRole : creatorRole.other();
    }

    String payingParentName() {
        return creatorRole == ParentRole.PAYING ? creatorName : otherName;
    }

    String receivingParentName() {
        return creatorRole == ParentRole.RECEIVING ? creatorName : otherName;
    }

    boolean complete() {
        return creatorRole != null && otherName != null && !children.isEmpty() && amount != null && frequency != null
                && paymentMethod != null && paymentTiming != null && firstPaymentDate != null
                && extrasSchoolTrips != null && extrasClothes != null && extrasActivities != null
                && holidays != null && changesPlan != null && reviewDate != null;
    }
}
