package org.childmaintenance.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
import org.childmaintenance.ledger.LedgerService;
import org.childmaintenance.ledger.PlanFrequency;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.Ui;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

class ChangePlanViewTest extends KaribuTest {
    @Autowired LedgerFixture fixture;
    @Autowired LedgerService ledger;
    @Autowired JdbcTemplate jdbc;

    private void open(TestCase c) {
        UI.getCurrent().navigate(CasePaymentsView.class, new RouteParameters("caseId", Long.toString(c.caseId())));
    }

    private String planRows(TestCase c) {
        return jdbc.queryForList("SELECT id, status FROM ledger_obligation WHERE case_id = ? AND kind = 'ARREARS_PLAN' "
                + "ORDER BY id", c.caseId()).toString();
    }

    @Test
    void a_caseworker_changes_the_agreed_plan_with_errors_first_and_the_paying_parent_sees_the_new_plan() {
        LocalDate due = LocalDate.of(2035, 1, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "200.00");
        fixture.nightOf(due);
        LocalDate today = due.plusDays(10);
        fixture.setToday(today);
        LedgerFixture.signIn(c.paying());
        ledger.agreeArrearsPlan(c.caseId(), new BigDecimal("100.00"), due.plusMonths(1));
        SecurityContextHolder.clearContext();

        signInAs(fixture.caseworker().email());
        open(c);
        String before = planRows(c);
        Ui.type("change-plan-amount", "nothing");
        Ui.click("change-plan-button");
        assertThat(Ui.summaryMessages()).containsExactly("Enter an amount more than £0",
                "Choose how often the extra payment is made",
                "Choose a first payment date from today up to 3 months ahead",
                "Say why the plan is changing (up to 300 characters)");
        assertThat(Ui.errorOf("change-plan-amount")).isEqualTo("Enter an amount more than £0");
        assertThat(Ui.errorOf("change-plan-reason")).isEqualTo("Say why the plan is changing (up to 300 characters)");
        assertThat(planRows(c)).as("nothing changed").isEqualTo(before);

        Ui.type("change-plan-amount", "50");
        Ui.type("change-plan-frequency", PlanFrequency.WEEKLY);
        Ui.type("change-plan-start", today.plusDays(3));
        Ui.type("change-plan-reason", "Paid weekly now");
        Ui.click("change-plan-button");
        assertThat(((DataTable) byId("plan-table")).rowCount()).as("£200 at £50 a week").isEqualTo(4);
        assertThat(byId("plan-table").getElement().getOuterHTML()).contains("14 January 2035", "21 January 2035", "£50.00");
        assertThat(byId("plan-history").getElement().getOuterHTML()).contains("£100.00", "Every month", "1 February 2035");

        SecurityContextHolder.clearContext();
        signInAs(c.paying().email());
        open(c);
        assertThat(byId("plan-table").getElement().getOuterHTML()).contains("14 January 2035", "£50.00");
        assertThat(_find(Button.class, s -> s.withId("change-plan-button"))).as("the paying parent may change it too").hasSize(1);

        SecurityContextHolder.clearContext();
        signInAs(c.receiving().email());
        open(c);
        assertThat(_find(Button.class, s -> s.withId("change-plan-button"))).as("receiving parent").isEmpty();
    }
}
