package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.EmployerRole;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The casework desk in a real browser: a caseworker (setting up two-step sign-in first, as staff must)
 * finds the demo case in arrears (121000000201, Tom Walsh pays) by the paying parent's name, opens the case page,
 * sends the pre-enforcement warning letter (LC-12.2) and, giving the reason to act before the letter's
 * date, issues a deduction from earnings order to Northfield Foods Ltd in one step. An admin of the
 * employer then sees the order; Tom sees the order and its £50 charge and the warning letter in his
 * documents; Erin sees only that we are taking action. Every page on the way is checked with axe-core
 * (WCAG 2.2 AA) at 1280 and 320 px, with the reflow check.
 */
class CaseworkDeskBrowserJourneyTest extends BrowserTestBase {
    private static final String DEMO_PASSWORD = "demo-password-2026";
    private static final String STAFF_PASSWORD = "harbour-lantern-quartz-29";
    private static final String ARREARS_CASE = "121000000201";

    @Autowired
    IdentityService identity;
    @Autowired
    MutableClock clock;

    @Test
    void a_caseworker_warns_then_issues_a_deo_from_the_desk_and_the_employer_and_both_parents_see_their_part() throws Exception {
        // The caseworker sets up two-step sign-in, then works from the desk.
        String caseworker = TestAccounts.uniqueEmail("desk-caseworker");
        identity.provisionAccount(AccountKind.CASEWORKER, caseworker, "Dee Desk", STAFF_PASSWORD, null, null);
        signInStaff(caseworker, "casework");
        open("/casework");
        assertThat(h1()).isEqualTo("Casework desk");
        assertThat(page.locator("#desk-queues").innerText()).contains("Reconsiderations waiting for an outcome",
                "Complaints waiting for an answer or a review", "Complaints assigned to me");
        checkPage("desk", "desk");

        page.locator("#term input").fill("Tom Walsh"); // the issue's journey: found by the paying parent's name
        page.locator("#find").click();
        waitForVaadin();
        Locator result = page.locator("#results-table a").filter(new Locator.FilterOptions().setHasText(ARREARS_CASE));
        assertThat(page.locator("#results-table").innerText()).contains("Tom Walsh", "Erin Walsh");
        screenshot("desk-found.png");
        result.click();
        page.waitForURL(Pattern.compile(".*/casework/case/\\d+$"));
        waitForVaadin();
        Matcher m = Pattern.compile("/casework/case/(\\d+)").matcher(page.url());
        assertThat(m.find()).isTrue();
        String caseId = m.group(1);
        assertThat(h1()).isEqualTo("Case " + ARREARS_CASE);
        assertThat(page.locator("#warning-state").innerText()).contains("missed since", "Send the paying parent the warning letter");
        checkPage("case page (in arrears)", "desk-case");

        page.locator("#send-warning").click();
        waitForVaadin();
        assertThat(page.locator("#case-message").innerText()).startsWith("Warning letter sent.");
        assertThat(page.locator("#warning-state").innerText()).startsWith("Warning sent on").contains("to pay by");
        screenshot("desk-case-warned.png");

        // The warning's date has not passed: the DEO is issued now with the caseworker's reason.
        page.locator("#enforcement-kind vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Deduction from earnings order")).first().click();
        page.locator("#deo-details").waitFor();
        waitForVaadin();
        Locator opener = page.locator("#deo-employer vaadin-select-value-button");
        (opener.count() > 0 ? opener : page.locator("#deo-employer")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Northfield Foods Ltd")).click();
        waitForVaadin();
        page.locator("#deo-payroll input").fill("NF-2201");
        page.locator("#deo-frequency vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Monthly")).first().click();
        LocalDate today = LocalDate.now(clock);
        page.locator("#deo-start-day input").fill(String.valueOf(today.getDayOfMonth()));
        page.locator("#deo-start-month input").fill(String.valueOf(today.getMonthValue()));
        page.locator("#deo-start-year input").fill(String.valueOf(today.getYear()));
        page.locator("#enforcement-reason input").fill("Three payments missed; employer known");
        page.locator("#enforcement-override input").fill("Tom Walsh told us on the phone that he will not pay");
        waitForVaadin();
        checkPage("case page (DEO filled)", "desk-case-deo");
        page.locator("#take-action").click();
        waitForVaadin();
        assertThat(page.locator("#case-message").innerText())
                .isEqualTo("Deduction from earnings order issued to the employer and its charge added.");
        assertThat(page.locator("#enforcement-actions").innerText())
                .contains("Deduction from earnings order: Northfield Foods Ltd", "£50.00", "Active",
                        "Taken before the warning's date");
        checkPage("case page (DEO issued)", "desk-case-deo-issued");

        // An admin of the employer sees the order.
        newSession();
        String admin = TestAccounts.uniqueEmail("desk-employer-admin");
        identity.provisionAccount(AccountKind.EMPLOYER_USER, admin, "Ari Admin", STAFF_PASSWORD, "Northfield Foods Ltd",
                EmployerRole.ADMIN);
        signInStaff(admin, null);
        open("/employer/orders");
        assertThat(page.locator("#orders").innerText()).contains("Tom Walsh", "NF-2201", ARREARS_CASE);
        checkPage("employer: employees with deductions", "desk-employer-orders");

        // Tom sees the order and its charge, and the warning letter; Erin only a plain status.
        newSession();
        signInParent("tom.walsh@example.com");
        open("/case/" + caseId + "/enforcement");
        assertThat(page.locator("#enforcement-actions").innerText())
                .contains("Deduction from earnings order: Northfield Foods Ltd", "£50.00");
        checkPage("paying parent: enforcement", "desk-paying-enforcement");
        open("/documents/" + caseId);
        assertThat(page.locator("#documents").innerText()).contains("Warning about missed payments");
        checkPage("paying parent: documents", "desk-paying-documents");

        newSession();
        signInParent("erin.walsh@example.com");
        open("/case/" + caseId + "/enforcement");
        assertThat(page.locator("#enforcement-status").innerText()).startsWith("We are taking action to collect missed payments");
        assertThat(page.locator("main").innerText()).doesNotContain("Northfield").doesNotContain("£50.00");
        checkPage("receiving parent: enforcement status", "desk-receiving-enforcement");
        open("/documents/" + caseId);
        assertThat(page.locator("main").innerText()).doesNotContain("Warning about missed payments");
        screenshot("desk-receiving-documents.png");
        reportProblems();
    }

    /**
     * Staff sign in with a password, then must set up two-step sign-in (an authenticator app) the first time.
     * With a screenshot name the sign-in and set-up pages are checked too (once is enough: the same pages).
     */
    private void signInStaff(String email, String screenshot) throws Exception {
        open("/sign-in");
        if (screenshot != null) {
            checkPage("sign in", screenshot + "-sign-in");
        }
        page.locator("#email input").fill(email);
        page.locator("#password input").fill(STAFF_PASSWORD);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/settings/two-step$"));
        waitForVaadin();
        page.locator("#start-two-step").click();
        waitForVaadin();
        if (screenshot != null) {
            checkPage("two-step set-up", screenshot + "-two-step");
        }
        String secret = page.locator("#totp-secret").innerText().trim();
        page.locator("#code input").fill(new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30));
        page.locator("#confirm-two-step").click();
        page.locator("#recovery-codes").waitFor();
        waitForVaadin();
    }

    private void signInParent(String email) {
        open("/sign-in");
        page.locator("#email input").fill(email);
        page.locator("#password input").fill(DEMO_PASSWORD);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/home$"));
        waitForVaadin();
    }
}
