package org.childmaintenance.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.childmaintenance.base.SecureCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failure counters with a lock-out, kept in the database ({@code sign_in_throttle}) so every node
 * sees them. An attempt is counted atomically BEFORE it is checked, so parallel guesses cannot
 * outrun the limit: at most {@code max} checks happen before the key locks. Keys are hashed.
 */
@Component
class LockoutCounter {
    /** An attempt that may be checked ({@code number} is its place in the count) or is refused (locked). */
    record Attempt(boolean locked, int number) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    LockoutCounter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String key(String kind, String value) {
        return SecureCodes.sha256(kind + ":" + value);
    }

    boolean lockedAt(String key, Instant now) {
        Timestamp until = jdbc.query("SELECT locked_until FROM sign_in_throttle WHERE email_key = ?",
                rs -> rs.next() ? rs.getTimestamp(1) : null, key);
        return until != null && now.isBefore(until.toInstant());
    }

    /** Counts an attempt (an expired lock starts a new count) and says whether it may be checked. */
    Attempt begin(String key, Instant now, int max) {
        Timestamp ts = Timestamp.from(now);
        Map<String, Object> row = tx.execute(s -> {
            jdbc.update("INSERT INTO sign_in_throttle (email_key, failures, locked_until, last_failure) VALUES (?, 1, NULL, ?) "
                    + "ON DUPLICATE KEY UPDATE "
                    + "failures = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN 1 ELSE failures + 1 END, "
                    + "locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN NULL ELSE locked_until END, "
                    + "last_failure = ?", key, ts, ts, ts, ts);
            return jdbc.queryForMap("SELECT failures, locked_until FROM sign_in_throttle WHERE email_key = ?", key);
        });
        int number = ((Number) row.get("failures")).intValue();
        Object until = row.get("locked_until");
        boolean locked = until != null && now.isBefore(toInstant(until));
        return new Attempt(locked || number > max, number);
    }

    /** After a failed check: locks the key when the count reached the maximum; true if this call locked it. */
    boolean failed(String key, Attempt attempt, Instant now, int max, Duration lockFor) {
        if (attempt.number() < max) {
            return false;
        }
        Integer changed = tx.execute(s -> jdbc.update("UPDATE sign_in_throttle SET locked_until = ? WHERE email_key = ? "
                + "AND (locked_until IS NULL OR locked_until <= ?)", Timestamp.from(now.plus(lockFor)), key, Timestamp.from(now)));
        return changed != null && changed == 1;
    }

    /** Forgets the count (after a complete, successful sign-in). */
    void reset(String key) {
        tx.executeWithoutResult(s -> jdbc.update("DELETE FROM sign_in_throttle WHERE email_key = ?", key));
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case Timestamp t -> t.toInstant();
            case java.time.LocalDateTime l -> Timestamp.valueOf(l).toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            case Instant i -> i;
            default -> throw new IllegalStateException("Unexpected time type " + value.getClass());
        };
    }
}
