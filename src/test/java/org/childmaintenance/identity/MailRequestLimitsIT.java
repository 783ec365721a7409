package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
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
    void registering_a_known_address_costs_the_same_hashing_work_as_a_new_one() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Long> known = new ArrayList<>();
        List<Long> fresh = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String existing = TestAccounts.uniqueEmail("timing-known");
            identity.provisionAccount(AccountKind.PARENT, existing, "Known", "saffron-pylon-harbour", null, null);
            long t0 = cpu.getCurrentThreadCpuTime();
            identity.registerParent(new IdentityService.Registration("Known", existing, "river-copper-lantern", "river-copper-lantern"));
            long t1 = cpu.getCurrentThreadCpuTime();
            String newEmail = TestAccounts.uniqueEmail("timing-new");
            identity.registerParent(new IdentityService.Registration("New", newEmail, "river-copper-lantern", "river-copper-lantern"));
            long t2 = cpu.getCurrentThreadCpuTime();
            if (i > 0) { // the first round warms up
                known.add(t1 - t0);
                fresh.add(t2 - t1);
            }
        }
        known.sort(null);
        fresh.sort(null);
        long medianKnown = (known.get(1) + known.get(2)) / 2;
        long medianFresh = (fresh.get(1) + fresh.get(2)) / 2;
        assertThat((double) medianKnown).as("CPU time of the known-address branch vs the new-address branch")
                .isGreaterThan(medianFresh * 0.5);
    }
}
