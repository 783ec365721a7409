package org.childmaintenance.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.childmaintenance.base.SecureCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rate limits that hold across all nodes: fixed-window counters in the database
 * ({@code rate_limit_counter}), incremented atomically with {@code INSERT … ON DUPLICATE KEY UPDATE}
 * (MariaDB and H2 in MariaDB mode). Any feature may call it, e.g.
 * {@code rateLimits.tryAcquire("estimate:address:" + ip, 30, Duration.ofMinutes(1))} (the estimate API does). Keys are stored
 * hashed, so an e-mail address may be part of a key. Each call runs in its own short transaction.
 */
@Component
public class RateLimits {
    /**
     * The outcome of one attempt: allowed or not, whether this is the first refusal in its window, and how long
     * until the window ends (when a refused caller may try again).
     */
    public record Decision(boolean allowed, long hits, int limit, Duration retryAfter) {
        /** True exactly once per key and window: the attempt that went over the limit (log it once). */
        public boolean firstRefusal() {
            return hits == limit + 1L;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    RateLimits(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Counts one attempt for the key; true while no more than {@code limit} were made in the current window. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        return acquire(key, limit, window).allowed();
    }

    /** Counts one attempt for the key and says whether it is within the limit. */
    public Decision acquire(String key, int limit, Duration window) {
        long windowMillis = Math.max(1, window.toMillis());
        long now = clock.millis();
        long windowStart = now / windowMillis;
        long expiresAt = (windowStart + 1) * windowMillis;
        String hashed = SecureCodes.sha256(key);
        Long hits = tx.execute(status -> {
            jdbc.update("INSERT INTO rate_limit_counter (limit_key, window_start, hits, expires_at) VALUES (?, ?, 1, ?) "
                    + "ON DUPLICATE KEY UPDATE hits = hits + 1", hashed, windowStart, expiresAt);
            return jdbc.queryForObject("SELECT hits FROM rate_limit_counter WHERE limit_key = ? AND window_start = ?",
                    Long.class, hashed, windowStart);
        });
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            purgeExpired();
        }
        long count = hits == null ? 1 : hits;
        return new Decision(count <= limit, count, limit, Duration.ofMillis(expiresAt - now));
    }

    /** Forgets a key's current window (e.g. after a successful sign-in). */
    public void reset(String key, Duration window) {
        long windowStart = clock.millis() / Math.max(1, window.toMillis());
        tx.executeWithoutResult(s -> jdbc.update("DELETE FROM rate_limit_counter WHERE limit_key = ? AND window_start = ?",
                SecureCodes.sha256(key), windowStart));
    }

    /** Removes counters of windows that have ended. */
    public void purgeExpired() {
        tx.executeWithoutResult(s -> jdbc.update("DELETE FROM rate_limit_counter WHERE expires_at < ?", clock.millis()));
    }
}
