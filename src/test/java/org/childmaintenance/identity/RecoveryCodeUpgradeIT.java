package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Security checklist 1.7: recovery codes issued before the slow hash no longer sit behind a fast hash. */
@PortalTest
class RecoveryCodeUpgradeIT {
    @Autowired IdentityService identity;
    @Autowired SignInService signIn;
    @Autowired RecoveryCodeUpgrade upgrade;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long plainHashes() {
        return jdbc.queryForObject("select count(*) from recovery_code where code_hash regexp '^[0-9a-f]{64}$'", Long.class);
    }

    @Test
    void an_old_style_code_is_refused_while_fast_hashed_then_works_once_after_the_wrap_and_no_plain_hash_remains()
            throws Exception {
        var a = TwoStepTestSupport.enrol(identity, clock, "oldcodes");
        // As stored before the change: each code's plain SHA-256.
        jdbc.update("delete from recovery_code where account_id = ?", a.id());
        for (String code : a.recoveryCodes()) {
            jdbc.update("insert into recovery_code (account_id, code_hash) values (?, ?)", a.id(), SecureCodes.hashOfCode(code));
        }
        String code = a.recoveryCodes().get(3);
        assertThat(plainHashes()).isGreaterThanOrEqualTo(10);

        signIn.signIn(a.email(), a.password(), "10.1.7.1");
        assertThatThrownBy(() -> signIn.completeSecondStep(a.id(), code))
                .as("a fast hash is not accepted as it is").isInstanceOf(SignInFailedException.class);

        assertThat(upgrade.wrapPlainHashes()).isGreaterThanOrEqualTo(10);
        assertThat(plainHashes()).as("no code stays with a fast hash").isZero();
        assertThat(jdbc.queryForList("select code_hash from recovery_code where account_id = ?", String.class, a.id()))
                .hasSize(10).allSatisfy(h -> assertThat(h).startsWith(RecoveryCodeHasher.WRAPPED)
                        .doesNotContain(SecureCodes.hashOfCode(code)));
        assertThat(upgrade.wrapPlainHashes()).as("nothing left to wrap").isZero();

        signIn.signIn(a.email(), a.password(), "10.1.7.1");
        assertThat(signIn.completeSecondStep(a.id(), code.toUpperCase()).accountId()).isEqualTo(a.id());
        signIn.signIn(a.email(), a.password(), "10.1.7.1");
        assertThatThrownBy(() -> signIn.completeSecondStep(a.id(), code))
                .as("a recovery code works once").isInstanceOf(SignInFailedException.class);
        assertThat(signIn.completeSecondStep(a.id(), a.recoveryCodes().get(4)).accountId())
                .as("the other old codes work too").isEqualTo(a.id());
    }
}
