package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Activation codes resist guessing (issue 10): attempts in the database, never reset, bound to the invitee. */
@PortalTest
class ActivationCodeIT {
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
        clock.reset();
    }

    private static final String WRONG = "ZZZZ-ZZZZ-ZZZ2";

    /** A case inviting {@code invitee} by e-mail; returns the code e-mailed to them. */
    private String invite(String invitee) {
        String rp = fx.newParent("rp");
        fx.signIn(rp);
        fx.apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, invitee, ServiceType.DIRECT_PAY,
                List.of(CaseFixtures.kid("Ivy", LocalDate.now(clock).minusYears(6)))));
        return fx.codeMailedTo(invitee);
    }

    private static String messageOf(Runnable call) {
        try {
            call.run();
        } catch (UserFacingException e) {
            return e.getMessage();
        }
        return "no error";
    }

    @Test
    void codes_are_twelve_characters_long() {
        assertThat(invite(fx.newParent("pp"))).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
    }

    @Test
    void a_valid_preview_does_not_reset_the_count_of_wrong_codes() {
        String attacker = fx.newParent("attacker");
        String ownCode = invite(attacker);
        fx.signIn(attacker);
        for (int i = 0; i < CodeAttempts.MAX_PER_ACCOUNT - 1; i++) {
            assertThat(messageOf(() -> cases.previewInvitation(WRONG))).isEqualTo("error.link.code.invalid");
            // The attacker's own, valid code: before the fix this cleared the count.
            assertThat(cases.previewInvitation(ownCode).caseReference()).startsWith("121");
        }
        assertThat(messageOf(() -> cases.previewInvitation(WRONG))).isEqualTo("error.link.code.invalid");

        assertThat(messageOf(() -> cases.previewInvitation(WRONG))).isEqualTo("error.link.tooManyAttempts");
        assertThat(messageOf(() -> cases.previewInvitation(ownCode))).isEqualTo("error.link.tooManyAttempts");
        assertThat(jdbc.queryForObject("select count(*) from cm_code_failure f join account a on a.id = f.account_id"
                + " where a.email = ?", Long.class, attacker.toLowerCase())).isEqualTo(CodeAttempts.MAX_PER_ACCOUNT);
    }

    @Test
    void parallel_wrong_codes_cannot_outrun_the_limit() throws Exception {
        String guesser = fx.newParent("parallel");
        fx.signIn(guesser);
        for (int i = 0; i < CodeAttempts.MAX_PER_ACCOUNT - 1; i++) {
            assertThat(messageOf(() -> cases.previewInvitation(WRONG))).isEqualTo("error.link.code.invalid");
        }
        // One wrong code is left; four arrive at once (each needs two connections: kept below the pool's ten).
        int threads = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    fx.signIn(guesser);
                    start.await();
                    try {
                        return messageOf(() -> cases.previewInvitation(WRONG));
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> got = new java.util.ArrayList<>();
            for (var a : answers) {
                got.add(a.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            // Attempts in flight count against each other, so all four may be refused; never more than one checked.
            assertThat(got).as("at most the one wrong code left is checked; the others are refused unchecked")
                    .allMatch(m -> m.equals("error.link.code.invalid") || m.equals("error.link.tooManyAttempts"))
                    .filteredOn("error.link.code.invalid"::equals).hasSizeLessThanOrEqualTo(1);
            if (!got.contains("error.link.code.invalid")) {
                assertThat(messageOf(() -> cases.previewInvitation(WRONG))).isEqualTo("error.link.code.invalid");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(messageOf(() -> cases.previewInvitation(WRONG))).isEqualTo("error.link.tooManyAttempts");
        assertThat(jdbc.queryForObject("select count(*) from cm_code_failure f join account a on a.id = f.account_id"
                + " where a.email = ?", Long.class, guesser.toLowerCase())).isEqualTo(CodeAttempts.MAX_PER_ACCOUNT);
    }

    @Test
    void wrong_codes_from_one_address_are_limited_across_accounts() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113." + (int) (Math.random() * 250));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        int tries = 0;
        while (tries < CodeAttempts.MAX_PER_ADDRESS) {
            fx.signIn(fx.newParent("guesser"));
            for (int i = 0; i < CodeAttempts.MAX_PER_ACCOUNT - 1 && tries < CodeAttempts.MAX_PER_ADDRESS; i++, tries++) {
                assertThat(messageOf(() -> cases.previewInvitation(WRONG))).isEqualTo("error.link.code.invalid");
            }
        }
        fx.signIn(fx.newParent("fresh"));

        assertThat(messageOf(() -> cases.previewInvitation(WRONG))).isEqualTo("error.link.tooManyAttempts");
    }

    @Test
    void an_emailed_code_only_links_the_account_with_the_address_it_was_sent_to() {
        String invitee = fx.newParent("invitee");
        String code = invite(invitee);
        fx.signIn(fx.newParent("stranger"));

        assertThat(messageOf(() -> cases.previewInvitation(code))).isEqualTo("error.link.code.otherPerson");
        assertThatThrownBy(() -> cases.acceptInvitation(code, true)).hasMessage("error.link.code.otherPerson");

        fx.signIn(invitee);
        assertThat(cases.previewInvitation(code).caseReference()).startsWith("121");
    }
}
