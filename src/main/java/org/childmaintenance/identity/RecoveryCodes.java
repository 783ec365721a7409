package org.childmaintenance.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.base.SecureCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One-time recovery codes for two-step sign-in: shown once, stored as salted slow hashes, used once. */
@Component
class RecoveryCodes {
    static final int COUNT = 10;
    private final RecoveryCodeRepository repository;
    private final RecoveryCodeHasher hasher;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RecoveryCodes(RecoveryCodeRepository repository, RecoveryCodeHasher hasher, JdbcTemplate jdbc, Clock clock) {
        this.repository = repository;
        this.hasher = hasher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces the account's codes with new ones and returns them in plain text. */
    List<String> replace(long accountId) {
        repository.deleteByAccountId(accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = SecureCodes.newCode();
            codes.add(code);
            repository.save(new RecoveryCode(accountId, hasher.hash(code)));
        }
        return codes;
    }

    void deleteAll(long accountId) {
        repository.deleteByAccountId(accountId);
    }

    /** Uses the matching unused code, if any (atomically, so it cannot be used twice in parallel). */
    boolean use(long accountId, String code) {
        if (SecureCodes.normalise(code).length() != 12) {
            return false; // not shaped like a recovery code: no slow hashing needed
        }
        for (RecoveryCode candidate : repository.findByAccountId(accountId)) {
            if (candidate.unused() && hasher.matches(code, candidate.codeHash())) {
                return jdbc.update("UPDATE recovery_code SET used_at = ? WHERE id = ? AND used_at IS NULL",
                        Timestamp.from(clock.instant()), candidate.id()) == 1;
            }
        }
        return false;
    }
}
