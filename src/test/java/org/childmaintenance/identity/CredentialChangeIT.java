package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A new password (reset or change) or turning two-step sign-in off ends the account's other
 * sessions, on every node, and its other outstanding e-mailed links.
 */
@PortalTest
class CredentialChangeIT {
    @Autowired
    IdentityService identity;
    @Autowired
    AccountSessions sessions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
        clock.reset();
    }

    /** A signed-in session on "another device". */
    private MockHttpSession signedInSession() {
        MockHttpSession session = new MockHttpSession();
        sessions.markSignedIn(session);
        return session;
    }

    /** Runs one request of that session through the check; true if it is still signed in. */
    private boolean stillSignedIn(MockHttpSession session, PortalUser user) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        try {
            new SessionValidityFilter(sessions).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            return !session.isInvalid() && SecurityContextHolder.getContext().getAuthentication() != null;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Acts as the signed-in person in the current session. */
    private MockHttpSession actAs(PortalUser user) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpSession current = signedInSession();
        request.setSession(current);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        return current;
    }

    @Test
    void changing_the_password_signs_out_other_sessions_but_not_this_one() throws Exception {
        String email = TestAccounts.uniqueEmail("change");
        PortalUser user = identity.reload(identity.provisionAccount(AccountKind.PARENT, email, "Change", "harbour-violet-engine", null, null));
        MockHttpSession other = signedInSession();
        assertThat(stillSignedIn(other, user)).isTrue();
        clock.advance(Duration.ofSeconds(5));

        MockHttpSession current = actAs(user);
        identity.changePassword("harbour-violet-engine", "new-harbour-violet-engine", "new-harbour-violet-engine");
        SecurityContextHolder.clearContext();

        assertThat(stillSignedIn(other, user)).isFalse();
        assertThat(stillSignedIn(current, user)).isTrue();
    }

    @Test
    void a_password_reset_ends_sessions_and_every_other_reset_link() throws Exception {
        String email = TestAccounts.uniqueEmail("resetall");
        long id = identity.provisionAccount(AccountKind.PARENT, email, "Reset All", "copper-lantern-field", null, null);
        PortalUser user = identity.reload(id);
        MockHttpSession other = signedInSession();
        clock.advance(Duration.ofSeconds(5));
        String first = issueResetLink(id);
        String second = issueResetLink(id);

        identity.resetPassword(second, "fresh-copper-lantern", "fresh-copper-lantern");

        assertThat(identity.resetLinkUsable(first)).as("the other link").isFalse();
        assertThat(stillSignedIn(other, user)).isFalse();
    }

    @Test
    void turning_two_step_sign_in_off_signs_out_other_sessions() throws Exception {
        var a = TwoStepTestSupport.enrol(identity, clock, "off");
        PortalUser user = identity.reload(a.id());
        MockHttpSession other = signedInSession();
        clock.advance(Duration.ofSeconds(5));

        actAs(user);
        identity.disableTwoFactor(a.password());
        SecurityContextHolder.clearContext();

        assertThat(stillSignedIn(other, user)).isFalse();
    }

    @Test
    void casework_signs_a_person_out_on_every_device_and_a_parent_cannot() throws Exception {
        String email = TestAccounts.uniqueEmail("endall");
        PortalUser user = identity.reload(identity.provisionAccount(AccountKind.PARENT, email, "End All", "quiet-meadow-river", null, null));
        MockHttpSession phone = signedInSession();
        MockHttpSession laptop = signedInSession();
        clock.advance(Duration.ofSeconds(5));

        actAs(user);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> identity.endSessionsOf(user.accountId()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThat(stillSignedIn(phone, user)).isTrue();

        PortalUser caseworker = identity.reload(jdbc.queryForObject("select id from account where email = 'caseworker@example.com'", Long.class));
        actAs(caseworker);
        identity.endSessionsOf(user.accountId());
        SecurityContextHolder.clearContext();

        assertThat(stillSignedIn(phone, user)).isFalse();
        assertThat(stillSignedIn(laptop, user)).isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(stillSignedIn(signedInSession(), user)).as("signing in again works").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SESSIONS_ENDED_BY_CASEWORKER' and subject_id = ?",
                Integer.class, Long.toString(user.accountId()))).isEqualTo(1);
    }

    private String issueResetLink(long accountId) {
        String token = SecureCodes.newToken();
        jdbc.update("insert into account_token (account_id, purpose, token_hash, expires_at, created_at) values (?, 'RESET_PASSWORD', ?, ?, ?)",
                accountId, SecureCodes.sha256(token), java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(2))),
                java.sql.Timestamp.from(clock.instant()));
        return token;
    }
}
