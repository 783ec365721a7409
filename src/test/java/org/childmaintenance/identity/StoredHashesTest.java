package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.childmaintenance.base.SecureCodes;
import org.junit.jupiter.api.Test;

/**
 * Hashes already stored in the database (link tokens, throttling keys, older recovery codes, once wrapped) must
 * still match after identity moved to {@link SecureCodes}: the expected values were computed
 * independently (Python hashlib), so a change of normalisation or hash shows up here.
 */
class StoredHashesTest {

    @Test
    void a_link_token_hashes_exactly_as_before() {
        assertThat(SecureCodes.sha256("Gz3Qv0aZ_example-token"))
                .isEqualTo("a62212a37f89a8d098aee087c2f3dd27c8d1ff96360a9dd11e287372f455f397");
    }

    @Test
    void a_throttling_key_is_unchanged() {
        assertThat(LockoutCounter.key("email", "parent@example.org"))
                .isEqualTo("7addf5a5b9e48008604296849cdb2cca6a7e56908c261177939f9896846274f5");
    }

    @Test
    void a_recovery_code_stored_as_plain_sha256_is_refused_until_wrapped_in_the_slow_hash_then_matches_however_typed() {
        String stored = "a79a51447a689deaf03a3644f802d531f81247de51d97013043ecf2e52b07535"; // "k7pq-x2mv-9wte"
        assertThat(SecureCodes.hashOfCode("k7pq-x2mv-9wte")).isEqualTo(stored);
        RecoveryCodeHasher hasher = new RecoveryCodeHasher(1000);
        assertThat(hasher.matches("k7pq-x2mv-9wte", stored)).as("a fast hash is never accepted as it is").isFalse();
        String wrapped = hasher.wrap(stored);
        assertThat(wrapped).startsWith(RecoveryCodeHasher.WRAPPED).doesNotContain(stored);
        assertThat(hasher.matches(" K7PQ x2mv-9WTE ", wrapped)).isTrue();
        assertThat(hasher.matches("k7pq-x2mv-9wtf", wrapped)).isFalse();
    }

    @Test
    void new_recovery_codes_are_hashed_slowly_and_match_as_typed() {
        RecoveryCodeHasher hasher = new RecoveryCodeHasher(1000);
        String code = SecureCodes.newCode();
        String stored = hasher.hash(code);
        assertThat(stored).isNotEqualTo(SecureCodes.hashOfCode(code));
        assertThat(hasher.matches(code.toUpperCase().replace('-', ' '), stored)).isTrue();
    }
}
