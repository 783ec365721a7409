package org.childmaintenance.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Failed sign-ins for one typed e-mail address (hashed), whether or not an account has it. */
@Entity
@Table(name = "sign_in_throttle")
class SignInThrottle {
    @Id
    @Column(name = "email_key")
    private String emailKey;
    private int failures;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    protected SignInThrottle() {
    }

    SignInThrottle(String emailKey, Instant now) {
        this.emailKey = emailKey;
        this.lastFailure = now;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; returns true when this failure locks the address. */
    boolean recordFailure(Instant now, int maxFailures, Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailure = now;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }
}
