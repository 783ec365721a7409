package org.childmaintenance.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An organisation with user accounts: an employer (deductions from earnings orders) or a partner centre
 * (outreach referrals and appointments).
 */
@Entity
@Table(name = "organisation")
class Organisation {
    /** What the organisation is; its users' account kind follows it. */
    enum Kind { EMPLOYER, PARTNER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Kind kind = Kind.EMPLOYER;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    Organisation(String name, Instant createdAt) {
        this(name, Kind.EMPLOYER, createdAt);
    }

    Organisation(String name, Kind kind, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    String name() { return name; }
    Kind kind() { return kind; }
}
