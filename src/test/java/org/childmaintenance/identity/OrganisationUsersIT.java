package org.childmaintenance.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childmaintenance.base.UserFacingException;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An employer administrator changes a colleague's role and removes a colleague, on MariaDB: never
 * themselves, the organisation always keeps an administrator (also when two act at once), the
 * colleague's sessions end at once, a removed user cannot sign in or reset their password, another
 * organisation's users are out of reach, and every change is audited.
 */
@PortalTest
class OrganisationUsersIT {
    private static final String PASSWORD = "a-long-test-password-2026";
    @Autowired OrganisationUserService colleagues;
    @Autowired IdentityService identity;
    @Autowired SignInService signIn;
    @Autowired AccountSessions sessions;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Org(String name, PortalUser admin, PortalUser payroll) {
    }

    private Org newOrganisation() {
        String name = "Users Test " + UUID.randomUUID().toString().substring(0, 8);
        return new Org(name, user(name, "admin", EmployerRole.ADMIN), user(name, "payroll", EmployerRole.PAYROLL));
    }

    private PortalUser user(String organisation, String prefix, EmployerRole role) {
        return identity.reload(identity.provisionAccount(AccountKind.EMPLOYER_USER, TestAccounts.uniqueEmail(prefix),
                "Test " + prefix, PASSWORD, organisation, role));
    }

    private static void signInAs(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    /** A session of {@code user} signed in "on another device" before the change. */
    private MockHttpSession sessionOf(PortalUser user) {
        MockHttpSession session = new MockHttpSession();
        sessions.markSignedIn(session);
        return session;
    }

    private boolean stillSignedIn(MockHttpSession session, PortalUser user) throws Exception {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        signInAs(user);
        try {
            new SessionValidityFilter(sessions).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            return !session.isInvalid() && SecurityContextHolder.getContext().getAuthentication() != null;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    private int audited(String action, long accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND subject_id = ?", Integer.class,
                action, Long.toString(accountId));
    }

    @Test
    void an_admin_makes_a_payroll_user_an_admin_and_their_sessions_end_so_the_role_applies_at_once() throws Exception {
        Org org = newOrganisation();
        MockHttpSession payrollSession = sessionOf(org.payroll());
        Thread.sleep(5);
        signInAs(org.admin());
        assertThat(colleagues.colleague(org.payroll().accountId()).employerRole()).isEqualTo(EmployerRole.PAYROLL);

        assertThatThrownBy(() -> colleagues.changeRole(org.payroll().accountId(), EmployerRole.PAYROLL))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::message).containsExactly("error.colleague.role.same"));
        assertThatThrownBy(() -> colleagues.changeRole(org.payroll().accountId(), null))
                .isInstanceOf(UserFacingException.class);
        colleagues.changeRole(org.payroll().accountId(), EmployerRole.ADMIN);

        assertThat(identity.reload(org.payroll().accountId()).employerRole()).isEqualTo(EmployerRole.ADMIN);
        assertThat(stillSignedIn(payrollSession, org.payroll())).as("the old session ends at once").isFalse();
        assertThat(audited("EMPLOYER_USER_ROLE_CHANGED", org.payroll().accountId())).isEqualTo(1);
        // now there are two administrators: the first can be made payroll by the second
        signInAs(identity.reload(org.payroll().accountId()));
        colleagues.changeRole(org.admin().accountId(), EmployerRole.PAYROLL);
        assertThat(identity.reload(org.admin().accountId()).employerRole()).isEqualTo(EmployerRole.PAYROLL);
    }

    @Test
    void nobody_changes_or_removes_themself_and_a_demoted_admin_can_do_nothing_more() {
        Org org = newOrganisation();
        signInAs(org.admin());
        assertThatThrownBy(() -> colleagues.changeRole(org.admin().accountId(), EmployerRole.PAYROLL))
                .isInstanceOf(UserFacingException.class).hasMessage("error.colleague.self");
        assertThatThrownBy(() -> colleagues.removeColleague(org.admin().accountId()))
                .isInstanceOf(UserFacingException.class).hasMessage("error.colleague.self");

        PortalUser second = user(org.name(), "admin2", EmployerRole.ADMIN);
        PortalUser staleSecond = second; // its session still says administrator
        colleagues.changeRole(second.accountId(), EmployerRole.PAYROLL);
        signInAs(staleSecond);
        assertThatThrownBy(() -> colleagues.changeRole(org.admin().accountId(), EmployerRole.PAYROLL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> colleagues.removeColleague(org.payroll().accountId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(identity.reload(org.admin().accountId()).employerRole()).isEqualTo(EmployerRole.ADMIN);
    }

    @Test
    void two_admins_demoting_each_other_at_once_leave_the_organisation_one_admin() throws Exception {
        for (int round = 0; round < 3; round++) {
            Org org = newOrganisation();
            PortalUser other = user(org.name(), "admin2", EmployerRole.ADMIN);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (PortalUser[] pair : List.of(new PortalUser[] {org.admin(), other}, new PortalUser[] {other, org.admin()})) {
                    results.add(pool.submit(() -> {
                        signInAs(pair[0]);
                        start.await();
                        try {
                            colleagues.changeRole(pair[1].accountId(), EmployerRole.PAYROLL);
                            return true;
                        } catch (AccessDeniedException | UserFacingException e) {
                            return false;
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }));
                }
                start.countDown();
                int succeeded = 0;
                for (Future<Boolean> f : results) {
                    succeeded += f.get() ? 1 : 0;
                }
                assertThat(succeeded).as("exactly one demotion goes through").isEqualTo(1);
            } finally {
                pool.shutdown();
            }
            Integer admins = jdbc.queryForObject("SELECT COUNT(*) FROM account a JOIN organisation o ON o.id = a.organisation_id"
                    + " WHERE o.name = ? AND a.employer_role = 'ADMIN'", Integer.class, org.name());
            assertThat(admins).isEqualTo(1);
        }
    }

    @Test
    void a_removed_user_is_signed_out_at_once_cannot_sign_in_or_reset_and_leaves_the_list() throws Exception {
        Org org = newOrganisation();
        MockHttpSession payrollSession = sessionOf(org.payroll());
        Thread.sleep(5);
        assertThat(signIn.signIn(org.payroll().email(), PASSWORD, "203.0.113.20")).isNotNull();
        signInAs(org.admin());
        colleagues.removeColleague(org.payroll().accountId());

        assertThat(stillSignedIn(payrollSession, org.payroll())).isFalse();
        assertThat(colleagues.organisationUsers()).extracting(IdentityService.AccountSummary::id)
                .containsExactly(org.admin().accountId());
        assertThatThrownBy(() -> colleagues.colleague(org.payroll().accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> colleagues.removeColleague(org.payroll().accountId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited("EMPLOYER_USER_REMOVED", org.payroll().accountId())).isEqualTo(1);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> signIn.signIn(org.payroll().email(), PASSWORD, "203.0.113.21"))
                .isInstanceOf(SignInFailedException.class).hasMessage("error.signIn.failed");
        int mailsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM outbound_mail WHERE recipient = ?", Integer.class,
                org.payroll().email());
        identity.requestPasswordReset(org.payroll().email());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbound_mail WHERE recipient = ?", Integer.class,
                org.payroll().email())).as("no reset link for a removed user").isEqualTo(mailsBefore);
    }

    @Test
    void an_admin_cannot_reach_another_organisations_users_or_a_parent() {
        Org mine = newOrganisation();
        Org theirs = newOrganisation();
        long parent = identity.provisionAccount(AccountKind.PARENT, TestAccounts.uniqueEmail("parent"), "A Parent",
                PASSWORD, null, null);
        signInAs(mine.admin());
        for (long id : List.of(theirs.payroll().accountId(), theirs.admin().accountId(), parent)) {
            assertThatThrownBy(() -> colleagues.colleague(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> colleagues.changeRole(id, EmployerRole.ADMIN)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> colleagues.removeColleague(id)).isInstanceOf(AccessDeniedException.class);
        }
        signInAs(mine.payroll());
        assertThatThrownBy(() -> colleagues.removeColleague(mine.admin().accountId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(identity.reload(theirs.payroll().accountId()).employerRole()).isEqualTo(EmployerRole.PAYROLL);
    }
}
