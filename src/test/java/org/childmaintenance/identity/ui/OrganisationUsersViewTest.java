package org.childmaintenance.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.identity.EmployerRole;
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

    @Test
    void payroll_users_and_parents_cannot_manage_users() {
        signInAs("payroll@example.com");
        UI.getCurrent().navigate(OrganisationUsersView.class);
        LocatorJ._get(AccessDeniedView.class);

        signInAs("parent@example.com");
        UI.getCurrent().navigate(OrganisationUsersView.class);
        LocatorJ._get(AccessDeniedView.class);
    }
}
