package org.childmaintenance.employer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.navLinks;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.title;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.employer.DeductionService;
import org.childmaintenance.employer.EmployerFixture;
import org.childmaintenance.employer.EmployerFixture.Org;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.employer.PayrollUploadService;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.Ui;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every employer page, its validation errors, and who may open it. */
class EmployerViewsTest extends KaribuTest {
    static final LocalDate SERVED = LocalDate.of(2031, 1, 2);
    @Autowired EmployerFixture fixture;
    @Autowired LedgerFixture ledgerFixture;
    @Autowired DeductionService deductions;
    @Autowired JdbcTemplate jdbc;

    private static String page() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getElement().getOuterHTML();
    }

    private static void date(String id, LocalDate d) {
        MemorableDateField f = (MemorableDateField) Ui.byId(id);
        HasValueUtilsKt._setValue(f.dayField(), Integer.toString(d.getDayOfMonth()));
        HasValueUtilsKt._setValue(f.monthField(), Integer.toString(d.getMonthValue()));
        HasValueUtilsKt._setValue(f.yearField(), Integer.toString(d.getYear()));
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(String id, T value) {
        HasValueUtilsKt._setValue((RadioButtonGroup<T>) Ui.byId(id), value);
    }

    private static RouteParameters order(long id) {
        return new RouteParameters("orderId", Long.toString(id));
    }

    private long demoOrder(String payroll) {
        return jdbc.queryForObject("select id from deo_order where payroll_number = ? and case_reference like '1210%'",
                Long.class, payroll);
    }

    private long signInAsNewOrg(Org org, boolean admin) {
        ledgerFixture.setToday(LocalDate.of(2031, 3, 10));
        LedgerFixture.signIn(admin ? org.admin() : org.payroll());
        return 0;
    }

    @Test
    void the_payroll_user_sees_the_organisations_employees_with_deductions_and_their_own_menu() {
        signInAs("payroll@example.com");
        UI.getCurrent().navigate(EmployeesView.class);
        assertThat(h1()).isEqualTo("Employees with deductions");
        assertThat(page()).contains("Sam Taylor", "NF-1001", "121000000001", "Jo Bennett", "Ravi Patel", "Active");
        assertThat(navLinks()).contains("Employees with deductions", "This month", "Upload a pay run", "Documents")
                .doesNotContain("Record a payment");
        signInAs("employer.admin@example.com");
        UI.getCurrent().navigate(EmployeesView.class);
        assertThat(navLinks()).contains("Record a payment", "Users");
    }

    @Test
    void the_order_page_shows_only_what_the_order_contains() {
        signInAs("employer.admin@example.com");
        UI.getCurrent().navigate(OrderView.class, order(demoOrder("NF-1001")));
        assertThat(h1()).isEqualTo("Deduction order: Sam Taylor");
        assertThat(page()).contains("121000000001", "60% of net earnings", "Normal deduction rate, weekly pay",
                "Order issued", "Record a deduction for a pay day", "Deduction from earnings order")
                .doesNotContain("Alex Morgan", "Orchard Lane", "Jamie", "Riley", "arrears");
    }

    @Test
    void recording_a_deduction_shows_the_working_and_every_error() {
        Org org = fixture.newOrganisation();
        long id = fixture.orderWithMonthlyRate(org, "Gov Example", "G1", SERVED, "150.00");
        signInAsNewOrg(org, false);
        UI.getCurrent().navigate(RecordDeductionView.class, order(id));
        assertThat(h1()).isEqualTo("Record a deduction for Gov Example");

        click("record");
        assertThat(summaryMessages()).containsExactly("Enter the pay date", "Enter the net earnings");
        assertThat(title()).startsWith("Error: ");

        date("pay-date", LocalDate.of(2031, 1, 5));
        type("net-earnings", "12OO");
        click("record");
        assertThat(summaryMessages()).containsExactly(
                "The pay date must be on or after the day deductions are due from",
                "Net earnings must be an amount in pounds and pence, like 1200.50");
        date("pay-date", LocalDate.of(2031, 4, 5));
        click("record");
        assertThat(summaryMessages()).first().isEqualTo("The pay date must be today or in the past");
        HasValueUtilsKt._setValue(((MemorableDateField) Ui.byId("pay-date")).dayField(), "31");
        HasValueUtilsKt._setValue(((MemorableDateField) Ui.byId("pay-date")).monthField(), "2");
        click("record");
        assertThat(summaryMessages()).hasSize(2).first().asString().isNotBlank().doesNotStartWith("Enter");

        type("net-earnings", "1200.00");
        HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withId("admin-charge")), true);
        click("preview");
        assertThat(Ui.byId("working").getElement().getOuterHTML())
                .contains("£1,200.00", "£720.00", "£480.00", "£150.00", "£1.00, kept by you");
        date("pay-date", LocalDate.of(2031, 2, 27));
        click("record");
        assertThat(summaryMessages()).isEmpty();
        assertThat(Ui.byId("working").getElement().getOuterHTML()).contains("Deduction recorded", "£150.00");
        assertThat(Ui.byId("recorded-banner-title").getElement().getAttribute("tabindex"))
                .as("focus goes to the banner's heading").isEqualTo("-1");
        click("record");
        assertThat(summaryMessages()).containsExactly("A deduction is already recorded for this pay date");
    }

    @Test
    void a_short_deduction_shows_why() {
        Org org = fixture.newOrganisation();
        long id = fixture.orderWithMonthlyRate(org, "Short Pay", "S1", SERVED, "150.00");
        signInAsNewOrg(org, false);
        UI.getCurrent().navigate(RecordDeductionView.class, order(id));
        date("pay-date", LocalDate.of(2031, 2, 27));
        type("net-earnings", "300");
        click("record");
        assertThat(Ui.byId("working").getElement().getOuterHTML()).contains("£120.00", "£30.00, because of protected earnings");
    }

    @Test
    void this_month_shows_the_total_the_due_date_payslip_lines_and_overdue_in_red() {
        Org org = fixture.newOrganisation();
        long id = fixture.orderWithMonthlyRate(org, "Month Person", "M1", SERVED, "150.00");
        signInAsNewOrg(org, false);
        deductions.record(id, LocalDate.of(2031, 1, 30), "1200.00", true);
        UI.getCurrent().navigate("employer/month", QueryParameters.simple(Map.of("month", "2031-01")));
        assertThat(h1()).isEqualTo("Deductions for January 2031");
        assertThat(page()).contains("£150.00", "19 February 2031", "Child maintenance deduction £150.00 on 30 January 2031",
                "Admin charge £1.00.", "Print this page");
        assertThat(Ui.byId("days-left").getElement().getText()).isEqualTo("Overdue by 19 days: pay now");
        assertThat(Ui.byId("days-left").getClassNames()).contains("error-message");

        clock.reset();
        signInAs("payroll@example.com");
        UI.getCurrent().navigate(ThisMonthView.class);
        assertThat(page()).contains("protected earnings", "Sam Taylor", "Ravi Patel");
    }

    @Test
    void recording_a_payment_checks_every_field_and_only_admins_may() {
        Org org = fixture.newOrganisation();
        long a = fixture.employee(org, "R1", PayFrequency.MONTHLY, SERVED, "34.62").orderId(); // £150.02 a month
        signInAsNewOrg(org, false);
        deductions.record(a, LocalDate.of(2031, 2, 27), "1200.00", false);
        UI.getCurrent().navigate("employer/remittance", QueryParameters.simple(Map.of("month", "2031-02")));
        assertThat(h1()).isEqualTo("You cannot see this page");

        LedgerFixture.signIn(org.admin());
        UI.getCurrent().navigate("employer/remittance", QueryParameters.simple(Map.of("month", "2031-02")));
        assertThat(h1()).isEqualTo("Record the payment for February 2031");
        click("record-remittance");
        assertThat(summaryMessages()).containsExactly("Enter the amount paid", "Enter the date paid", "Select how you paid",
                "Enter the payment reference (up to 60 characters)");
        type("amount", "100.00");
        date("paid-on", LocalDate.of(2031, 3, 5));
        choose("method", "BACS");
        type("reference", "NFL-FEB");
        click("record-remittance");
        assertThat(summaryMessages()).containsExactly("Enter what you paid for this employee",
                "Explain why the amount is different from the schedule");
        type("amount", "150.02");
        click("record-remittance");
        assertThat(summaryMessages()).isEmpty();
        assertThat(Ui.byId("remittance-banner").getElement().getOuterHTML()).contains("Payment recorded");
    }

    @Test
    void uploading_a_pay_run_reports_each_row_and_applies_only_when_confirmed() {
        Org org = fixture.newOrganisation();
        fixture.orderWithMonthlyRate(org, "Up Load", "U1", SERVED, "150.00");
        signInAsNewOrg(org, false);
        UI.getCurrent().navigate(PayrollUploadView.class);
        assertThat(h1()).isEqualTo("Upload a pay run");
        assertThat(Ui.byId("template")).isNotNull();
        String csv = PayrollUploadService.HEADER + "\nU1,2031-02-27,1200.00,150.00\nNOPE,2031-02-27,1200.00,150.00\n"
                + "U1,2031-01-30,1200.00,abc\n";
        UploadKt._upload(_get(Upload.class), "run.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(Ui.byId("upload-report").getElement().getOuterHTML()).contains("Pay run checked",
                "Nothing has been applied yet", "no order for this payroll number", "the deduction taken is not an amount");
        click("apply-upload");
        assertThat(Ui.errorOf("apply-mode")).isEqualTo("Select what should be applied");
        choose("apply-mode", PayrollUploadService.ApplyMode.ALL_OR_NOTHING);
        click("apply-upload");
        assertThat(jdbc.queryForObject("select count(*) from deo_deduction where organisation_id = ?", Integer.class,
                org.id())).isZero();
        choose("apply-mode", PayrollUploadService.ApplyMode.VALID_ROWS);
        click("apply-upload");
        assertThat(Ui.byId("upload-report").getElement().getOuterHTML()).contains("Pay run applied", "1 deductions recorded");
        assertThat(Ui.byId("upload-report-title").getElement().getAttribute("tabindex"))
                .as("focus goes to the report's heading after each step").isEqualTo("-1");

        UploadKt._upload(_get(Upload.class), "bad.csv", "text/csv", "x,y\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Ui.byId("upload-error").getElement().getText())
                .isEqualTo("The first line must be the column names from the template");
    }

    @Test
    void reporting_a_leaver_shows_the_ten_day_deadline_and_ends_the_order() {
        Org org = fixture.newOrganisation();
        long id = fixture.orderWithMonthlyRate(org, "Leaving Soon", "L1", SERVED, "150.00");
        signInAsNewOrg(org, false);
        UI.getCurrent().navigate(LeaverView.class, order(id));
        assertThat(h1()).isEqualTo("Leaving Soon has left or does not work for you");
        click("report-leaver");
        assertThat(summaryMessages()).containsExactly("Select what has happened");
        choose("leaver-kind", "LEFT");
        click("report-leaver");
        assertThat(summaryMessages()).containsExactly("Enter the date they left", "Enter the last pay date");
        date("date-left", LocalDate.of(2031, 3, 20));
        date("last-pay-date", LocalDate.of(2031, 2, 27));
        click("report-leaver");
        assertThat(summaryMessages()).containsExactly("The date they left must be today or in the past");
        date("date-left", LocalDate.of(2031, 2, 25));
        click("report-leaver");
        assertThat(Ui.byId("leaver-banner").getElement().getOuterHTML()).contains("Report sent: the order has ended",
                "The deadline to report was 7 March 2031.", "This report is late.");
        UI.getCurrent().navigate(EmployeesView.class);
        assertThat(page()).contains("Ended: employee left");
    }

    @Test
    void marking_an_employee_as_left_shows_when_the_report_is_due_and_the_report_starts_from_it() {
        Org org = fixture.newOrganisation();
        long id = fixture.orderWithMonthlyRate(org, "Gone Early", "E1", SERVED, "150.00");
        signInAsNewOrg(org, false);
        UI.getCurrent().navigate(OrderView.class, order(id));
        follow("mark-left");
        assertThat(h1()).isEqualTo("When did Gone Early leave?");
        click("mark-left");
        assertThat(summaryMessages()).containsExactly("Enter the date they left");
        assertThat(title()).startsWith("Error: ");
        date("date-left", LocalDate.of(2031, 3, 11));
        click("mark-left");
        assertThat(summaryMessages()).containsExactly("The date they left must be today or in the past");
        date("date-left", LocalDate.of(2031, 3, 6));
        click("mark-left");
        assertThat(h1()).isEqualTo("You told us Gone Early has left");
        assertThat(Ui.byId("left-banner").getElement().getOuterHTML()).contains("Report the leaver by 16 March 2031");

        UI.getCurrent().navigate(OrderView.class, order(id));
        assertThat(Ui.byId("leaver-due").getElement().getOuterHTML())
                .contains("You told us Gone Early left on 6 March 2031. Tell us about the leaver by 16 March 2031.");
        assertThat(page()).doesNotContain("id=\"mark-left\"");
        follow("leaver-due-link");
        assertThat(h1()).isEqualTo("Gone Early has left or does not work for you");
        assertThat(((MemorableDateField) Ui.byId("date-left")).getValue()).isEqualTo(LocalDate.of(2031, 3, 6));
        ledgerFixture.setToday(LocalDate.of(2031, 3, 20));
        UI.getCurrent().navigate(OrderView.class, order(id));
        assertThat(Ui.byId("leaver-due").getElement().getOuterHTML()).contains("The leaver report was due by 16 March 2031");
    }

    @Test
    void the_order_page_links_to_a_message_about_the_order_with_its_reference_filled_in() {
        signInAs("employer.admin@example.com");
        UI.getCurrent().navigate(OrderView.class, order(demoOrder("NF-1001")));
        assertThat(Ui.byId("message-about-order").getElement().getAttribute("href"))
                .isEqualTo("messages/new?order=121000000001");
        UI.getCurrent().navigate("messages/new", QueryParameters.of("order", "121000000001"));
        assertThat(h1()).isEqualTo("Write a new message");
        assertThat(((com.vaadin.flow.component.textfield.TextField) Ui.byId("order-reference")).getValue())
                .isEqualTo("121000000001");
    }

    @Test
    void changing_pay_frequency_needs_a_new_frequency() {
        Org org = fixture.newOrganisation();
        long id = fixture.orderWithMonthlyRate(org, "Freq Change", "F1", SERVED, "150.00");
        signInAsNewOrg(org, false);
        UI.getCurrent().navigate(PayFrequencyView.class, order(id));
        click("save-frequency");
        assertThat(summaryMessages()).containsExactly("Select how often the employee is paid");
        choose("frequency", PayFrequency.MONTHLY);
        click("save-frequency");
        assertThat(summaryMessages()).containsExactly("Select a pay frequency different from the current one");
        choose("frequency", PayFrequency.WEEKLY);
        click("save-frequency");
        assertThat(h1()).isEqualTo("Deduction order: Freq Change");
        assertThat(page()).contains("Pay frequency changed");
    }

    @Test
    void documents_list_the_order_notices_and_another_organisation_cannot_open_the_order() {
        signInAs("employer.admin@example.com");
        UI.getCurrent().navigate(org.childmaintenance.documents.ui.OrganisationDocumentsView.class);
        assertThat(h1()).isEqualTo("Documents");
        assertThat(page()).contains("Deduction from earnings order");

        Org other = fixture.newOrganisation();
        LedgerFixture.signIn(other.admin());
        UI.getCurrent().navigate(OrderView.class, order(demoOrder("NF-1001")));
        assertThat(h1()).isEqualTo("You cannot see this page");
        UI.getCurrent().navigate(EmployeesView.class);
        assertThat(page()).contains("You have no employees with a deduction from earnings order.").doesNotContain("Sam Taylor");
    }

    @Test
    void casework_lists_tasks_and_orders_and_issuing_checks_every_field() {
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(DeductionOrdersCaseworkView.class);
        assertThat(h1()).isEqualTo("Deduction orders");
        assertThat(page()).contains("121000000001", "Northfield Foods Ltd", "Employer tasks");
        assertThat(navLinks()).contains("Deduction orders");

        UI.getCurrent().navigate(IssueOrderView.class);
        assertThat(h1()).isEqualTo("Issue a deduction from earnings order");
        type("monthly-arrears", "ten");
        click("issue");
        assertThat(summaryMessages()).containsExactly("Enter the case reference", "Select the employer",
                "Enter the employee's payroll number (up to 40 characters)", "Select how often the employee is paid",
                "Enter the date the order takes effect", "The arrears element must be an amount in pounds and pence");
        type("case-reference", "121000000001");
        click("issue");
        assertThat(summaryMessages()).contains("This case already has a deduction order in force");

        UI.getCurrent().navigate(CaseworkOrderView.class, order(demoOrder("NF-1003")));
        assertThat(page()).contains("Order for case 121000000102 with Northfield Foods Ltd", "Vary the order");
        type("vary-arrears", "abc");
        click("vary");
        assertThat(summaryMessages()).containsExactly("The arrears element must be an amount in pounds and pence");
    }

    @Test
    void the_paying_parent_sees_their_order_and_the_receiving_parent_does_not() {
        long caseId = jdbc.queryForObject("select case_id from deo_order where payroll_number = 'NF-1001'"
                + " and case_reference = '121000000001'", Long.class);
        signInAs("other.parent@example.com");
        UI.getCurrent().navigate(CaseDeductionsView.class, new RouteParameters("caseId", Long.toString(caseId)));
        assertThat(h1()).isEqualTo("Deductions from your earnings");
        assertThat(page()).contains("A deduction from earnings order is in place with Northfield Foods Ltd", "Paid to us");

        UI.getCurrent().navigate("my-case/" + caseId);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("case-deductions")).getHref())
                .isEqualTo("case/" + caseId + "/deductions");

        signInAs("parent@example.com");
        UI.getCurrent().navigate("my-case/" + caseId);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("case-deductions"))).as("the receiving parent is not shown the paying parent's order").isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("case-documents")).getHref())
                .isEqualTo("documents/" + caseId);
        UI.getCurrent().navigate(CaseDeductionsView.class, new RouteParameters("caseId", Long.toString(caseId)));
        assertThat(h1()).isEqualTo("You cannot see this page");

        signInAs("payroll@example.com");
        UI.getCurrent().navigate(CaseDeductionsView.class, new RouteParameters("caseId", Long.toString(caseId)));
        assertThat(h1()).isEqualTo("You cannot see this page");
    }

    /** Follows a router link as a click would. */
    private static void follow(String id) {
        UI.getCurrent().navigate(((com.vaadin.flow.router.RouterLink) org.childmaintenance.support.Ui.byId(id)).getHref());
    }
}
