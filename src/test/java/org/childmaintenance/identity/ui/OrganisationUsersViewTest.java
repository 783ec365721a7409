package org.childmaintenance.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.title;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.EmployerRole;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class OrganisationUsersViewTest extends KaribuTest {

    @Test
    void employer_admin_sees_colleagues_and_adds_one_who_gets_a_password_link() {
        signInAs("employer.admin@example.com");
        UI.getCurrent().navigate(OrganisationUsersView.class);
        assertThat(h1()).isEqualTo("Users");
        assertThat(byId("organisation-users").getElement().toString()).contains("payroll@example.com");

        String email = TestAccounts.uniqueEmail("clerk");
        type("colleague-name", "Pat Clerk");
        type("colleague-email", email);
        type("colleague-role", EmployerRole.PAYROLL);
        click("add-colleague");

        assertThat(byId("organisation-users").getElement().toString()).contains(email);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select employer_role from account where email = ?", String.class, email))
                .isEqualTo("PAYROLL");
        List<Map<String, Object>> mails = jdbc.queryForList(
                "select subject, body from outbound_mail where recipient = ?", email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().get("subject"))
                .isEqualTo("You have been added to the child maintenance employer service");
        // the outbox keeps bodies sealed: read it as the recipient would
        assertThat(org.childmaintenance.notification.OutboxProbe.lastBodyTo(jdbc, email))
                .startsWith("Hello Pat Clerk,")
                .contains("Priya Shah has added you to the child maintenance employer service for Northfield Foods Ltd.")
                .containsPattern("Select this link to choose your password:\\s+http\\S*/reset-password\\?token=\\S+")
                .doesNotContain("activation code", "other parent");
    }

    @Test
    void adding_a_colleague_needs_a_name_an_unused_email_and_a_role() {
        signInAs("employer.admin@example.com");
        UI.getCurrent().navigate(OrganisationUsersView.class);
        type("colleague-email", "payroll@example.com");
        click("add-colleague");

        assertThat(errorOf("colleague-name")).isEqualTo("Enter your colleague's full name");
        assertThat(errorOf("colleague-email")).startsWith("This email address already has an account");
        assertThat(errorOf("colleague-role")).isEqualTo("Select what your colleague will do");
    }

    private PortalUser newUser(String organisation, String name, EmployerRole role) {
        IdentityService identity = ctx.getBean(IdentityService.class);
        return identity.reload(identity.provisionAccount(AccountKind.EMPLOYER_USER, TestAccounts.uniqueEmail("colleague"),
                name, "a-long-test-password-2026", organisation, role));
    }

    private static void signIn(PortalUser user) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user, null,
                        user.authorities()));
    }

    @Test
    void an_admin_changes_a_colleagues_role_on_its_own_page_and_never_their_own() {
        String org = "Role Page Test " + java.util.UUID.randomUUID().toString().substring(0, 8);
        PortalUser admin = newUser(org, "Ada Admin", EmployerRole.ADMIN);
        PortalUser payroll = newUser(org, "Pip Payroll", EmployerRole.PAYROLL);
        signIn(admin);
        UI.getCurrent().navigate(OrganisationUsersView.class);
        String table = byId("organisation-users").getElement().getOuterHTML();
        assertThat(table).contains("This is you").doesNotContain("change-role-" + admin.accountId());
        follow("change-role-" + payroll.accountId());
        assertThat(h1()).isEqualTo("What should Pip Payroll's role be?");
        click("save-role");
        assertThat(errorOf("colleague-role")).isEqualTo("Select a different role from the one they have now");
        assertThat(title()).startsWith("Error: ");
        type("colleague-role", EmployerRole.ADMIN);
        click("save-role");
        assertThat(h1()).isEqualTo("Pip Payroll's role is now administrator");
        assertThat(ctx.getBean(JdbcTemplate.class).queryForObject("select employer_role from account where id = ?",
                String.class, payroll.accountId())).isEqualTo("ADMIN");

        UI.getCurrent().navigate("employer/users/" + admin.accountId() + "/role");
        assertThat(h1()).as("your own role is not yours to change here").isNotEqualTo("What should Ada Admin's role be?");
    }

    @Test
    void removing_a_colleague_is_confirmed_on_its_own_page_and_another_organisations_user_is_out_of_reach() {
        String org = "Remove Page Test " + java.util.UUID.randomUUID().toString().substring(0, 8);
        PortalUser admin = newUser(org, "Ada Admin", EmployerRole.ADMIN);
        PortalUser payroll = newUser(org, "Pip Leaving", EmployerRole.PAYROLL);
        signIn(admin);
        UI.getCurrent().navigate(OrganisationUsersView.class);
        follow("remove-user-" + payroll.accountId());
        assertThat(h1()).isEqualTo("Remove Pip Leaving?");
        click("remove-user");
        assertThat(h1()).isEqualTo("Pip Leaving has been removed");
        UI.getCurrent().navigate(OrganisationUsersView.class);
        assertThat(byId("organisation-users").getElement().getOuterHTML()).doesNotContain("Pip Leaving");

        long demoPayroll = accountIdOf("payroll@example.com");
        UI.getCurrent().navigate("employer/users/" + demoPayroll + "/remove");
        assertThat(h1()).isEqualTo("You cannot see this page");
    }

    @Test
    void payroll_users_and_parents_cannot_manage_users() {
        signInAs("payroll@example.com");
        UI.getCurrent().navigate(OrganisationUsersView.class);
        LocatorJ._get(AccessDeniedView.class);

        signInAs("parent@example.com");
        UI.getCurrent().navigate(OrganisationUsersView.class);
        LocatorJ._get(AccessDeniedView.class);
    }

    /** Follows a router link as a click would. */
    private static void follow(String id) {
        UI.getCurrent().navigate(((com.vaadin.flow.router.RouterLink) org.childmaintenance.support.Ui.byId(id)).getHref());
    }
}
