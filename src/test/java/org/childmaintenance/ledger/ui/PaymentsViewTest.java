package org.childmaintenance.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.h1;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.childmaintenance.base.ui.MemorableDateField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.base.ui.BarChart;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerService;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class PaymentsViewTest extends KaribuTest {
    @Autowired LedgerFixture fixture;
    @Autowired LedgerService ledger;
    @Autowired LedgerQueries queries;
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;

    private void open(TestCase c) {
        UI.getCurrent().navigate(CasePaymentsView.class, new RouteParameters("caseId", Long.toString(c.caseId())));
    }

    private static String text(String id) {
        return byId(id).getElement().getOuterHTML();
    }

    @Test
    void the_paying_parent_sees_the_schedule_arrears_with_age_fees_apart_and_a_chart() {
        LocalDate due = LocalDate.of(2033, 1, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 3, "100.00");
        fixture.nightOf(due);
        LedgerFixture.signIn(fixture.caseworker());
        ledger.postPayment(c.reference(), due, new BigDecimal("60.00"), "UI-" + c.caseId());
        SecurityContextHolder.clearContext();
        fixture.setToday(due.plusDays(5));

        signInAs(c.paying().email());
        UI.getCurrent().navigate(PaymentsView.class);
        assertThat(h1()).isEqualTo("Payments");
        RouterLink link = _get(RouterLink.class, s -> s.withText("Payments for case " + c.reference()));
        assertThat(link.getHref()).isEqualTo("payments/" + c.caseId());

        open(c);
        assertThat(h1()).isEqualTo("Payments");
        assertThat(text("payments-summary")).contains("Collect and Pay", "£100.00", "£60.00",
                "£40.00, the oldest is 5 days overdue");
        assertThat(text("fees-summary")).contains("£20.00");
        assertThat(_find(DataTable.class, s -> s.withId("passed-on-summary"))).isEmpty();
        DataTable schedule = (DataTable) byId("schedule-table");
        assertThat(schedule.rowCount()).isEqualTo(3);
        assertThat(text("schedule-table")).contains("Collection fee", "Part paid, 5 days overdue", "Not due yet", "1 January 2033");
        BarChart chart = _get(BarChart.class);
        assertThat(chart.svg()).contains("role=\"img\"", "<title id=\"payments-chart-title\">", "<desc",
                "Jan 33, Due: £100.00", "Jan 33, Paid: £60.00");
        assertThat(_get(Anchor.class, s -> s.withId("statement-pdf")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, s -> s.withId("statement-csv")).getHref()).isNotBlank();

        org.childmaintenance.support.Ui.type("plan-amount", "nothing");
        org.childmaintenance.support.Ui.click("agree-plan");
        assertThat(org.childmaintenance.support.Ui.errorOf("plan-amount")).isEqualTo("Enter an amount more than £0");
        org.childmaintenance.support.Ui.type("plan-amount", "25");
        org.childmaintenance.support.Ui.click("agree-plan");
        assertThat(((DataTable) byId("plan-table")).rowCount()).as("£40 at £25 a month").isEqualTo(2);
        assertThat(text("plan-table")).contains("£25.00", "£15.00", "1 February 2033");
    }

    @Test
    void the_receiving_parent_sees_money_passed_on_but_not_the_payers_fees() {
        LocalDate due = LocalDate.of(2033, 2, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "100.00");
        fixture.nightOf(due);
        LedgerFixture.signIn(fixture.caseworker());
        ledger.postPayment(c.reference(), due, new BigDecimal("120.00"), "UI-" + c.caseId());
        SecurityContextHolder.clearContext();
        fixture.nightOf(due.plusDays(2));

        signInAs(c.receiving().email());
        open(c);
        assertThat(text("passed-on-summary")).contains("£96.00", "£4.00");
        assertThat(_find(DataTable.class, s -> s.withId("fees-summary"))).isEmpty();
        assertThat(text("schedule-table")).doesNotContain("Collection fee").contains("Paid");
    }

    @Test
    void under_direct_pay_the_receiving_parent_reports_a_missed_payment_and_casework_moves_the_case() {
        LocalDate today = LocalDate.now(clock);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Dot", today.minusYears(6))), ServiceType.DIRECT_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        LocalDate due = queries.casePayments(c.caseId()).rows().getFirst().dueDate();
        fixture.nightOf(due);
        fixture.setToday(due.plusDays(4));

        signInAs(c.receivingEmail());
        openCase(c.caseId());
        assertThat(text("schedule-table")).contains("Not confirmed yet");
        Button missed = _get(Button.class, s -> s.withText("Report as missed"));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(missed);
        assertThat(text("schedule-table")).contains("Reported as missed");
        assertThat(text("payments-summary")).contains("the oldest is 4 days overdue");

        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(PaymentsCaseworkView.class);
        assertThat(text("missed-reports")).contains(c.reference(), "Direct Pay");
        openCase(c.caseId());
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(Button.class, s -> s.withId("switch-to-collect")));
        assertThat(text("payments-summary")).as("the ledger followed the case").contains("Collect and Pay");
        assertThat(_find(Button.class, s -> s.withId("switch-to-collect"))).isEmpty();

        fx.signIn(c.receivingEmail());
        assertThat(cases.myCase(c.caseId()).serviceType()).as("the case itself moved").isEqualTo(ServiceType.COLLECT_AND_PAY);
    }

    @Test
    void a_missed_payment_panel_says_what_is_still_owed_after_a_part_payment_and_when_it_is_paid() {
        LocalDate due = LocalDate.of(2033, 6, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 2, "185.00");
        fixture.nightOf(due);
        fixture.nightOf(due.plusDays(1)); // the night after: a missed-payment notice for £185.00
        LedgerFixture.signIn(fixture.caseworker());
        ledger.postPayment(c.reference(), due.plusDays(3), new BigDecimal("111.00"), "PART-" + c.caseId());
        SecurityContextHolder.clearContext();
        fixture.setToday(due.plusDays(4));

        signInAs(c.paying().email());
        open(c);
        assertThat(_get(H2.class, s -> s.withId("notice-" + due)).getText()).isEqualTo("A payment was missed");
        String panel = panel(due);
        assertThat(panel).contains("£74.00 of the payment due on 1 June 2033 is still owed",
                "When we wrote on 2 June 2033, £185.00 of it had not been paid").doesNotContain("has not been paid");
        assertThat(text("schedule-table")).contains("Part paid");

        LedgerFixture.signIn(fixture.caseworker());
        ledger.postPayment(c.reference(), due.plusDays(5), new BigDecimal("74.00"), "REST-" + c.caseId());
        signInAs(c.receiving().email());
        open(c);
        assertThat(panel(due))
                .contains("A missed payment has now been paid", "The payment due on 1 June 2033 has now been paid in full");
    }

    @Test
    void only_the_paying_side_is_offered_an_arrears_plan_and_statement_dates_come_from_the_service_clock() {
        LocalDate due = LocalDate.of(2033, 7, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "40.00");
        fixture.nightOf(due);
        fixture.setToday(due.plusDays(10));

        signInAs(c.receiving().email());
        open(c);
        assertThat(_find(Button.class, s -> s.withId("agree-plan"))).as("receiving parent").isEmpty();
        signInAs(c.paying().email());
        open(c);
        assertThat(_find(Button.class, s -> s.withId("agree-plan"))).as("paying parent").hasSize(1);
        assertThat(queries.casePayments(c.caseId()).asOf()).isEqualTo(due.plusDays(10));
        assertThat(queries.casePayments(c.caseId()).mayAgreePlan()).isTrue();
        assertThat(((MemorableDateField) byId("statement-to")).getValue()).isEqualTo(due);
    }

    @Test
    void the_demo_parent_finds_on_payments_the_case_from_my_case_with_its_story() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(PaymentsView.class);
        assertThat(text("cases-table")).contains("121000000001", "Collect and Pay").doesNotContain("DEMO-");
        com.github.mvysny.kaributesting.v10.RouterLinkKt._click(
                _get(RouterLink.class, s -> s.withText("Payments for case 121000000001")));
        assertThat(text("payments-summary")).contains("Collect and Pay", "the oldest is");
        // (other tests' nightly runs for later dates may have posted its later lines: only the story's start is fixed)
        assertThat(text("schedule-table")).contains("Paid", "Reported as missed");
    }

    private static String panel(LocalDate due) {
        return _get(H2.class, s -> s.withId("notice-" + due)).getParent().orElseThrow().getElement().getOuterHTML();
    }

    private void openCase(long caseId) {
        UI.getCurrent().navigate(CasePaymentsView.class, new RouteParameters("caseId", Long.toString(caseId)));
    }

    @Test
    void someone_else_cannot_open_the_case() {
        TestCase c = fixture.newCase(ServiceType.DIRECT_PAY, LocalDate.of(2033, 4, 1), 1, "50.00");
        signInAs("parent@example.com");
        open(c);
        _get(AccessDeniedView.class);
        UI.getCurrent().navigate(PaymentsView.class);
        assertThat(_find(RouterLink.class, s -> s.withText("Payments for case " + c.reference()))).isEmpty();
    }
}
