package org.childmaintenance.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.TestAccounts;
import org.childmaintenance.support.Ui;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 15 (LC-12.3): a caseworker's arrears plan over the approval limit waits on the desk for a second caseworker. */
class PlanApprovalViewTest extends KaribuTest {
    @Autowired LedgerFixture fixture;
    @Autowired JdbcTemplate jdbc;

    private void openPayments(TestCase c) {
        UI.getCurrent().navigate("payments/" + c.caseId());
    }

    @Test
    void a_caseworkers_large_plan_shows_its_errors_first_then_waits_on_the_desk_until_another_caseworker_approves_it() {
        LocalDate due = LocalDate.of(2035, 8, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "800.00");
        fixture.nightOf(due);
        fixture.setToday(due.plusDays(4));
        String second = TestAccounts.uniqueEmail("second.cw");
        ctx.getBean(IdentityService.class).provisionAccount(AccountKind.CASEWORKER, second, "Sam Second",
                "a-long-test-password-2026", null, null);

        signInAs(fixture.caseworker().email());
        openPayments(c);
        Ui.click("agree-plan");
        assertThat(Ui.errorOf("plan-amount")).isEqualTo("Enter an amount more than £0");
        Ui.type("plan-amount", "200.00");
        Ui.click("agree-plan");
        assertThat(byId("plan-awaiting-approval").getElement().getText()).isEqualTo("Saved: this plan covers arrears over "
                + "the approval limit, so another caseworker must approve it before it starts. It is on the casework desk.");
        assertThat(_find(DataTable.class, t -> t.withId("plan-table"))).as("no plan in place yet").isEmpty();
        long request = jdbc.queryForObject("SELECT id FROM ledger_plan_request WHERE case_id = ?", Long.class, c.caseId());

        UI.getCurrent().navigate(DeskView.class);
        assertThat(byId("plan-approvals-table").getElement().getOuterHTML())
                .contains("New plan", "£200.00", "Every month", "£800.00", "You asked for this");
        assertThat(_find(Button.class, b -> b.withId("approve-plan-" + request))).as("nobody approves their own").isEmpty();

        SecurityContextHolder.clearContext();
        signInAs(c.paying().email());
        openPayments(c);
        assertThat(_find(DataTable.class, t -> t.withId("plan-table"))).as("the paying parent sees it only once approved")
                .isEmpty();

        SecurityContextHolder.clearContext();
        signInAs(second);
        UI.getCurrent().navigate(DeskView.class);
        Ui.click("approve-plan-" + request);
        assertThat(_get(Paragraph.class, p -> p.withId("desk-status")).getText())
                .isEqualTo("Approved: the plan is now in place and the paying parent can see it.");
        assertThat(_find(Button.class, b -> b.withId("approve-plan-" + request))).isEmpty();

        SecurityContextHolder.clearContext();
        signInAs(c.paying().email());
        openPayments(c);
        assertThat(((DataTable) byId("plan-table")).rowCount()).as("£800 at £200 a month").isEqualTo(4);
    }
}
