package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Brute force against sign-in (both steps), code replay, stored secrets, password hashing, audit. */
@PortalTest
class SignInHardeningIT {
    @Autowired
    IdentityService identity;
    @Autowired
    SignInService signIn;
    @Autowired
    RateLimits rateLimits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void right_password_then_wrong_codes_repeated_locks_the_account() throws Exception {
        var a = TwoStepTestSupport.enrol(identity, clock, "guess");
        String wrong = TwoStepTestSupport.wrongCode(a.secret(), clock);
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            try {
                signIn.signIn(a.email(), a.password(), "10.1.0.1");
            } catch (SignInFailedException e) {
                outcomes.add(e.getMessage());
            }
            for (int i = 0; i < 4; i++) {
                try {
                    signIn.completeSecondStep(a.id(), wrong);
                } catch (SignInFailedException e) {
                    outcomes.add(e.getMessage());
                }
            }
        }
        assertThat(outcomes).contains("error.signIn.locked");
        assertThatThrownBy(() -> signIn.completeSecondStep(a.id(), TwoStepTestSupport.code(a.secret(), clock)))
                .as("even the right code is refused while locked").hasMessage("error.signIn.locked");
        assertThat(jdbc.queryForList("select action from audit_entry where subject_id = ? and action = 'ACCOUNT_LOCKED'",
                String.class, Long.toString(a.id()))).isNotEmpty();

        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn.signIn(a.email(), a.password(), "10.1.0.1")).isInstanceOf(SignInService.SecondStepNeeded.class);
        assertThat(signIn.completeSecondStep(a.id(), TwoStepTestSupport.code(a.secret(), clock)).accountId()).isEqualTo(a.id());
    }

    @Test
    void an_authenticator_code_is_accepted_once_only() throws Exception {
        var a = TwoStepTestSupport.enrol(identity, clock, "replay");
        String code = TwoStepTestSupport.code(a.secret(), clock);
        signIn.signIn(a.email(), a.password(), "10.1.0.2");
        assertThat(signIn.completeSecondStep(a.id(), code).accountId()).isEqualTo(a.id());

        signIn.signIn(a.email(), a.password(), "10.1.0.2");
        assertThatThrownBy(() -> signIn.completeSecondStep(a.id(), code)).hasMessage("error.code.wrong");

        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn.completeSecondStep(a.id(), TwoStepTestSupport.code(a.secret(), clock)).accountId()).isEqualTo(a.id());
    }

    @Test
    void authenticator_secret_is_stored_encrypted_and_recovery_codes_salted_and_slow() throws Exception {
        var a = TwoStepTestSupport.enrol(identity, clock, "stored");
        String stored = jdbc.queryForObject("select totp_secret from account where id = ?", String.class, a.id());
        assertThat(stored).startsWith("v1:").doesNotContain(a.secret());

        List<String> hashes = jdbc.queryForList("select code_hash from recovery_code where account_id = ?", String.class, a.id());
        String plainSha = SecureCodes.sha256(SecureCodes.normalise(a.recoveryCodes().getFirst()));
        assertThat(hashes).hasSize(10).doesNotContain(plainSha).allSatisfy(h -> assertThat(h.length()).isGreaterThan(64));

        signIn.signIn(a.email(), a.password(), "10.1.0.3");
        assertThat(signIn.completeSecondStep(a.id(), a.recoveryCodes().getFirst()).accountId()).isEqualTo(a.id());
    }

    @Test
    void ten_parallel_wrong_passwords_all_count_and_lock_the_account() throws Exception {
        String email = TestAccounts.uniqueEmail("parallel");
        String password = "willow-ember-canyon";
        long id = identity.provisionAccount(AccountKind.PARENT, email, "Parallel", password, null, null);
        int threads = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            Callable<String> attempt = () -> {
                start.await();
                try {
                    signIn.signIn(email, "wrong-guess-" + n, "10.1.1." + n);
                    return "signed in";
                } catch (SignInFailedException e) {
                    return e.getMessage();
                }
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes).hasSize(threads).doesNotContain("signed in");
        assertThat(jdbc.queryForList("select action from audit_entry where subject_id = ? and action = 'SIGN_IN_FAILED'",
                String.class, Long.toString(id))).as("passwords actually checked").hasSizeLessThanOrEqualTo(5);
        assertThatThrownBy(() -> signIn.signIn(email, password, "10.1.2.1")).hasMessage("error.signIn.locked");
    }

    @Test
    void rate_limits_count_parallel_attempts_exactly() throws Exception {
        String key = "test:" + TestAccounts.uniqueEmail("limit");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return rateLimits.tryAcquire(key, 4, Duration.ofMinutes(5));
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Boolean> f : results) {
            allowed += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(allowed).isEqualTo(4);
        clock.advance(Duration.ofMinutes(5));
        assertThat(rateLimits.tryAcquire(key, 4, Duration.ofMinutes(5))).as("next window").isTrue();
    }

    @Test
    void new_passwords_use_argon2_and_old_bcrypt_hashes_are_upgraded_at_sign_in() {
        String email = TestAccounts.uniqueEmail("argon");
        long id = identity.provisionAccount(AccountKind.PARENT, email, "Argon", "quiet-meadow-pylon", null, null);
        assertThat(hashOf(id)).startsWith("{argon2}");

        jdbc.update("update account set password_hash = ? where id = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode("old-bcrypt-password"), id);
        assertThat(signIn.signIn(email, "old-bcrypt-password", "10.1.3.1")).isInstanceOf(SignInService.SignedIn.class);
        assertThat(hashOf(id)).startsWith("{argon2}");
        assertThat(signIn.signIn(email, "old-bcrypt-password", "10.1.3.1")).isInstanceOf(SignInService.SignedIn.class);
    }

    @Test
    void every_character_of_a_long_password_counts() {
        String email = TestAccounts.uniqueEmail("long");
        String base = "a-very-long-passphrase-about-rivers-and-mountains-and-the-sea-".repeat(2); // 124 characters
        identity.provisionAccount(AccountKind.PARENT, email, "Long", base + "1234", null, null);
        assertThat(signIn.signIn(email, base + "1234", "10.1.4.1")).isInstanceOf(SignInService.SignedIn.class);
        assertThatThrownBy(() -> signIn.signIn(email, base + "9999", "10.1.4.1")).hasMessage("error.signIn.failed");
        // A 128-character password against an old bcrypt hash is a failed sign-in, not an error page.
        jdbc.update("update account set password_hash = ? where email = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode("short-old-one"), email);
        assertThatThrownBy(() -> signIn.signIn(email, base + "1234", "10.1.4.1")).hasMessage("error.signIn.failed");
    }

    @Test
    void what_was_typed_for_an_unknown_account_is_not_audited() {
        String typed = "my-Secret-Passw0rd-typed-in-the-wrong-box";
        assertThatThrownBy(() -> signIn.signIn(typed, "whatever", "10.1.5.1")).hasMessage("error.signIn.failed");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where lower(actor_label) like ? or lower(detail) like ?",
                Integer.class, "%secret-passw0rd%", "%secret-passw0rd%")).isZero();
    }

    @Test
    void rate_limited_sign_ins_are_audited_once_per_address_and_minute() {
        String address = "test-" + java.util.UUID.randomUUID();
        long window = clock.millis() / 60_000;
        jdbc.update("insert into rate_limit_counter (limit_key, window_start, hits, expires_at) values (?, ?, 1000, ?)",
                SecureCodes.sha256("sign-in:address:" + address), window, (window + 1) * 60_000);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.signIn("someone@example.com", "pw", address)).hasMessage("error.signIn.tooMany");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN_RATE_LIMITED' and actor_label = ?",
                Integer.class, "address " + address)).isEqualTo(1);
    }

    private String hashOf(long id) {
        return jdbc.queryForObject("select password_hash from account where id = ?", String.class, id);
    }
}
