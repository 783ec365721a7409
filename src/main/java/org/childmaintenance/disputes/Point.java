package org.childmaintenance.disputes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.childmaintenance.cases.PartyRole;

/** One parent's points on a reconsideration: the reasons chosen and their own words (casework sees both parents'). */
@Entity
@Table(name = "dsp_point")
class Point {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "reconsideration_id", nullable = false)
    private long reconsiderationId;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_role", nullable = false)
    private PartyRole role;
    @Column(nullable = false)
    private String reasons;
    @Column(nullable = false)
    private String details;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Point() {
    }

    Point(long reconsiderationId, long accountId, PartyRole role, String reasons, String details, Instant createdAt) {
        this.reconsiderationId = reconsiderationId;
        this.accountId = accountId;
        this.role = role;
        this.reasons = reasons;
        this.details = details;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    long reconsiderationId() { return reconsiderationId; }
    long accountId() { return accountId; }
    PartyRole role() { return role; }
    String reasons() { return reasons; }
    String details() { return details; }
    Instant createdAt() { return createdAt; }
}
