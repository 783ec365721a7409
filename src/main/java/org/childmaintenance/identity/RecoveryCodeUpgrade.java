package org.childmaintenance.identity;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, wraps every recovery code hash still stored as plain SHA-256 (codes issued before the
 * salted slow hash) in that slow hash ({@link RecoveryCodeHasher#wrap}), so no code stays behind a fast
 * hash and the codes people printed still work. Safe on several nodes at once: a row is rewritten only
 * while it still holds the old hash. Until it has run, an old code is refused, never accepted fast.
 */
@Component
class RecoveryCodeUpgrade implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(RecoveryCodeUpgrade.class);
    private final RecoveryCodeHasher hasher;
    private final JdbcTemplate jdbc;

    RecoveryCodeUpgrade(RecoveryCodeHasher hasher, JdbcTemplate jdbc) {
        this.hasher = hasher;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        int wrapped = wrapPlainHashes();
        if (wrapped > 0) {
            log.info("Wrapped {} recovery code hash(es) stored as plain SHA-256 in the salted slow hash", wrapped);
        }
    }

    /** Wraps each plain SHA-256 recovery code hash; returns how many rows this call rewrote. */
    int wrapPlainHashes() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, code_hash from recovery_code where char_length(code_hash) = 64");
        int done = 0;
        for (Map<String, Object> row : rows) {
            String old = (String) row.get("code_hash");
            if (!RecoveryCodeHasher.isPlainSha256(old)) {
                continue;
            }
            long id = ((Number) row.get("id")).longValue();
            done += jdbc.update("update recovery_code set code_hash = ? where id = ? and code_hash = ?",
                    hasher.wrap(old), id, old);
        }
        return done;
    }
}
