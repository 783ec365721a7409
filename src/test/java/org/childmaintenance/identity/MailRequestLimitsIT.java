package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Registration and forgotten-password requests cannot be used to flood someone's inbox, and do not
 * reveal through their answer or their cost whether an address has an account.
 */
@PortalTest
class MailRequestLimitsIT {
    @Autowired
    IdentityService identity;
    @Autowired
    RateLimits rateLimits;
    @Autowired
    AuditService audit;
    @Autowired
    MutableClock clock;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AccountTokens tokens;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    MailRequestLimits mailLimits;
    @Autowired
    IdentityMail mail;

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        clock.reset();
    }

    private static String fieldError(Runnable action) {
        try {
            action.run();
            return null;
        } catch (UserFacingException e) {
            return e.fieldErrors().getFirst().message();
        }
    }

    @Test
    void one_address_gets_at_most_three_mails_an_hour_whether_or_not_it_has_an_account() {
        String known = TestAccounts.uniqueEmail("flood");
        identity.provisionAccount(AccountKind.PARENT, known, "Flood Target", "violet-anchor-meadow", null, null);
        String unknown = TestAccounts.uniqueEmail("nobody");
        for (String email : List.of(known, unknown)) {
            for (int i = 0; i < 3; i++) {
                identity.requestPasswordReset(email);
            }
            assertThat(fieldError(() -> identity.requestPasswordReset(email))).isEqualTo("error.requests.tooManyForEmail");
            assertThat(fieldError(() -> identity.registerParent(new IdentityService.Registration("X Y", email,
                    "violet-anchor-meadow-2", "violet-anchor-meadow-2")))).isEqualTo("error.requests.tooManyForEmail");
        }
        clock.advance(java.time.Duration.ofMinutes(61));
        identity.requestPasswordReset(known);
    }

    @Test
    void one_client_address_is_limited_across_registration_and_reset() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113." + UUID.randomUUID().toString().substring(0, 8));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        MailRequestLimits limits = new MailRequestLimits(rateLimits, audit, 2, 100);
        limits.check("password-reset", TestAccounts.uniqueEmail("a"));
        limits.check("registration", TestAccounts.uniqueEmail("b"));
        assertThatThrownBy(() -> limits.check("password-reset", TestAccounts.uniqueEmail("c")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.fieldErrors().getFirst().message()).isEqualTo("error.requests.tooMany"));
    }

    @Test
    void registering_a_known_address_does_the_same_hashing_work_as_a_new_one() {
        AtomicInteger hashes = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashes.incrementAndGet();
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashes.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
        RegistrationService registration = new RegistrationService(accounts, tokens, policy, counting, mailLimits, mail,
                audit, clock);
        String existing = TestAccounts.uniqueEmail("same-work");
        identity.provisionAccount(AccountKind.PARENT, existing, "Known", "saffron-pylon-harbour", null, null);

        registration.registerParent(new IdentityService.Registration("Known", existing, "river-copper-lantern", "river-copper-lantern"));
        int forKnown = hashes.getAndSet(0);
        registration.registerParent(new IdentityService.Registration("New", TestAccounts.uniqueEmail("same-work-new"),
                "river-copper-lantern", "river-copper-lantern"));
        int forNew = hashes.get();

        assertThat(forNew).isEqualTo(1);
        assertThat(forKnown).as("slow hashes for an address that already has an account").isEqualTo(forNew);
    }

    @Test
    void a_reset_request_takes_the_same_minimum_time_whether_or_not_the_address_has_an_account() {
        String known = TestAccounts.uniqueEmail("reset-time");
        identity.provisionAccount(AccountKind.PARENT, known, "Known", "saffron-pylon-harbour", null, null);
        String unknown = TestAccounts.uniqueEmail("reset-time-unknown");

        long unknownMillis = millisOf(() -> identity.requestPasswordReset(unknown));
        long knownMillis = millisOf(() -> identity.requestPasswordReset(known));

        // The known branch also writes a link and an e-mail; without the floor the unknown one answers in ~1 ms.
        assertThat(unknownMillis).as("unknown address").isGreaterThanOrEqualTo(400);
        assertThat(knownMillis).as("known address").isGreaterThanOrEqualTo(400);
    }

    private static long millisOf(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
