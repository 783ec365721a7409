package org.childmaintenance.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One activation code attempt, kept when the code was wrong: who tried it and from where (counted by {@link CodeAttempts}). */
@Entity
@Table(name = "cm_code_failure")
class CodeFailure {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Column(nullable = false)
    private String address;
    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected CodeFailure() {
    }

    Long id() {
        return id;
    }

    CodeFailure(long accountId, String address, Instant failedAt) {
        this.accountId = accountId;
        this.address = address;
        this.failedAt = failedAt;
    }
}
