package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.childmaintenance.employer.EmployerFixture;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The employer portal in a real browser: an employer administrator signs in (setting up two-step
 * sign-in first, as administrators must), opens the employees with deductions, records a pay day
 * where protected earnings cut the deduction, sees the month's schedule, records the month's
 * remittance and reports a leaver. Every page on the way is checked with axe-core (WCAG 2.2 AA) at
 * 1280 and 320 px, with the reflow check.
 */
class EmployerBrowserJourneyTest extends BrowserTestBase {
    private static final String PASSWORD = "a-long-test-password-2026";

    @Autowired
    EmployerFixture fixture;
    @Autowired
    MutableClock clock;

    @Test
    void adminRecordsAShortDeductionSeesTheMonthPaysItOverAndReportsALeaver() throws Exception {
        LocalDate today = LocalDate.now(clock);
        EmployerFixture.Org org = fixture.newOrganisation();
        EmployerFixture.Employee employee = fixture.employee(org, "BR-1", PayFrequency.MONTHLY, today.minusMonths(2),
                "34.62"); // £150.02 a month
        long orderId = employee.orderId();
        String name = employee.testCase().paying().fullName();

        // Sign in: administrators set up two-step sign-in first.
        typeSignIn(org.admin().email(), PASSWORD);
        setUpTwoStep(clock);

        // Employees with deductions, then the order.
        open("/employer/orders");
        assertThat(h1()).isEqualTo("Employees with deductions");
        assertThat(page.locator("#orders").innerText()).contains(name, "BR-1");
        checkPage("employer: employees", "employer-employees");
        page.locator("#order-" + orderId).click();
        page.waitForURL(Pattern.compile(".*/employer/orders/" + orderId + "$"));
        waitForVaadin();
        assertThat(page.locator("#message-about-order").getAttribute("href")).contains("messages/new?order=");
        checkPage("employer: order", "employer-order");

        // A pay day: net £300.00, so 60 % (£180.00) is protected and only £120.00 of £150.02 is deducted.
        page.locator("#record-deduction").click();
        page.waitForURL(Pattern.compile(".*/employer/orders/" + orderId + "/deduction$"));
        waitForVaadin();
        page.locator("#record").click();
        waitForVaadin();
        assertThat(page.locator(".error-summary").innerText()).contains("Enter the pay date");
        checkPage("employer: record a deduction (errors)", "employer-deduction-errors");
        fill("pay-date-day", Integer.toString(today.getDayOfMonth()));
        fill("pay-date-month", Integer.toString(today.getMonthValue()));
        fill("pay-date-year", Integer.toString(today.getYear()));
        fill("net-earnings", "300.00");
        page.locator("#record").click();
        page.locator("#recorded-banner").waitFor();
        waitForVaadin();
        String working = page.locator("#working-list").innerText();
        assertThat(working).contains("£300.00", "£180.00", "£120.00", "£30.02");
        checkPage("employer: deduction recorded", "employer-deduction-recorded");

        // The month's schedule.
        open("/employer/month");
        assertThat(page.locator("#month-deductions").innerText()).contains(name, "£120.00");
        assertThat(page.locator("#month-facts").innerText()).contains("£120.00");
        checkPage("employer: this month", "employer-month");

        // The remittance for the month.
        page.locator("#record-remittance").click();
        page.waitForURL(Pattern.compile(".*/employer/remittance\\?month=.*"));
        waitForVaadin();
        fill("amount", "120.00");
        fill("paid-on-day", Integer.toString(today.getDayOfMonth()));
        fill("paid-on-month", Integer.toString(today.getMonthValue()));
        fill("paid-on-year", Integer.toString(today.getYear()));
        radio("method", "BACS");
        fill("reference", "BROWSER-" + orderId);
        checkPage("employer: record a payment (filled)", "employer-remittance-filled");
        page.locator("#record-remittance").click();
        page.locator("#remittance-banner").waitFor();
        waitForVaadin();
        assertThat(page.locator("#remittance-banner").innerText()).contains("Payment recorded");
        checkPage("employer: payment recorded", "employer-remittance-recorded");

        // A leaver.
        open("/employer/orders/" + orderId + "/leaver");
        radio("leaver-kind", "The employee has left");
        waitForVaadin();
        fill("date-left-day", Integer.toString(today.getDayOfMonth()));
        fill("date-left-month", Integer.toString(today.getMonthValue()));
        fill("date-left-year", Integer.toString(today.getYear()));
        fill("last-pay-date-day", Integer.toString(today.getDayOfMonth()));
        fill("last-pay-date-month", Integer.toString(today.getMonthValue()));
        fill("last-pay-date-year", Integer.toString(today.getYear()));
        checkPage("employer: report a leaver (filled)", "employer-leaver-filled");
        page.locator("#report-leaver").click();
        page.locator("#leaver-banner").waitFor();
        waitForVaadin();
        assertThat(page.locator("#leaver-banner").innerText()).contains("Report sent: the order has ended");
        checkPage("employer: leaver reported", "employer-leaver-reported");
        reportProblems();
    }
}
