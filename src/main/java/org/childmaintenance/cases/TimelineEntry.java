package org.childmaintenance.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An in-app message on a case's timeline, for both parties or one ({@code audience}: ALL, RECEIVING, PAYING). */
@Entity
@Table(name = "cm_timeline")
class TimelineEntry {
    static final String ALL = "ALL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private String audience;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private String message;

    protected TimelineEntry() {
    }

    TimelineEntry(long caseId, String audience, Instant createdAt, String message) {
        this.caseId = caseId;
        this.audience = audience;
        this.createdAt = createdAt;
        this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    String audience() { return audience; }
    Instant createdAt() { return createdAt; }
    String message() { return message; }

    boolean visibleTo(PartyRole role) {
        return ALL.equals(audience) || role.name().equals(audience);
    }
}
