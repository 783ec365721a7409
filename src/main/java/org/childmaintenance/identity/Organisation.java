package org.childmaintenance.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An employer organisation whose users manage deductions from earnings orders. */
@Entity
@Table(name = "organisation")
class Organisation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    Organisation(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    String name() { return name; }
}
