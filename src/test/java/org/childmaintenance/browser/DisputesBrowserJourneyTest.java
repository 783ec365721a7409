package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Challenging a decision and complaining, in a real browser: the paying parent asks us to look
 * again at a decision (their income was wrong) with a PDF payslip and sees "Received"; a caseworker
 * (two-step sign-in first) looks at it and revises the income; the parent sees "We changed the
 * decision" with the new amount and the mandatory reconsideration notice in Documents, and the other
 * parent sees both too; the parent then makes a
 * complaint, sees it as "Received" and gets the acknowledgement in Notifications. Every page opened
 * is checked with axe-core (WCAG 2.2 AA) at 1280 and 320 px, with the reflow check.
 */
class DisputesBrowserJourneyTest extends BrowserTestBase {
    private static final String STAFF_PASSWORD = "lantern-harbour-quartz-17";
    /** A PDF payslip of about 4 MB: over the old 3 MB request limit, within the 10 MB the pages promise. */
    private static final byte[] PAYSLIP = payslip(4 * 1024 * 1024);

    @Autowired CaseFixtures cases;
    @Autowired CaseService caseService;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private static byte[] payslip(int size) {
        byte[] head = "%PDF-1.4\n% payslip: gross pay 400.00 a week\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    @Test
    void aParentAsksUsToLookAgainCaseworkRevisesBothParentsSeeItAndAComplaintIsAcknowledged() throws Exception {
        CaseFixtures.Linked c = cases.linkedCase(List.of(CaseFixtures.kid("Mia", LocalDate.now(clock).minusYears(6))),
                ServiceType.DIRECT_PAY);
        cases.signIn(c.payingEmail());
        caseService.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY,
                PaymentFrequency.MONTHLY, cases.nights(c.caseId())));
        SecurityContextHolder.clearContext();

        // The paying parent asks us to look again, with an error on the way and a PDF.
        signIn(c.payingEmail());
        open("/disputes/case/" + c.caseId());
        assertThat(h1()).isEqualTo("Decisions and reconsiderations");
        checkPage("disputes: decisions", "disputes-decisions");
        page.locator("[id^=ask-]").first().click();
        page.waitForURL(Pattern.compile(".*/disputes/case/" + c.caseId() + "/ask/\\d+$"));
        waitForVaadin();
        assertThat(h1()).isEqualTo("What do you think is wrong?");
        checkPage("disputes: reasons", "disputes-reasons");
        page.locator("#continue").click();
        waitForVaadin();
        assertThat(page.locator(".error-summary").innerText()).contains("Select what you think is wrong");
        assertThat(page.title()).startsWith("Error: ");
        checkPage("disputes: reasons (error)", "disputes-reasons-error");
        page.locator("#reasons vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText("The paying parent's income is wrong")).first().click();
        continueTo("Tell us what is wrong and what you think is right");
        checkPage("disputes: details");
        page.locator("#details textarea").fill("My pay went down to £400 a week in January. My payslip is attached.");
        continueTo("Add evidence (optional)");
        checkPage("disputes: evidence", "disputes-evidence");
        page.locator("#attachment input[type=file]").setInputFiles(new FilePayload("payslip.pdf", "application/pdf", PAYSLIP));
        page.locator("#remove-attachment-0").waitFor();
        waitForVaadin();
        assertThat(page.locator("#attachment-files").innerText()).contains("payslip.pdf");
        checkPage("disputes: evidence (chosen)", "disputes-evidence-chosen");
        continueTo("Check your answers before sending");
        assertThat(page.locator("#check-answers").innerText()).contains("payslip.pdf", "£400 a week");
        checkPage("disputes: check answers", "disputes-check");
        page.locator("#send").click();
        waitForVaadin();
        assertThat(page.locator("#confirmation").innerText()).contains("We have your request");
        checkPage("disputes: sent", "disputes-sent");
        page.locator("#see-status").click();
        page.waitForURL(Pattern.compile(".*/disputes/case/" + c.caseId() + "$"));
        waitForVaadin();
        long id = jdbc.queryForObject("SELECT id FROM dsp_reconsideration WHERE case_id = ?", Long.class, c.caseId());
        assertThat(page.locator("#reconsideration-" + id).innerText()).contains("You asked us to look again", "Received");
        checkPage("disputes: status (received)", "disputes-received");

        // A caseworker looks at it and revises the income.
        newSession();
        signInAsNewCaseworker();
        open("/casework/reconsiderations");
        assertThat(page.locator("#reconsideration-" + id).innerText()).isEqualTo(c.reference());
        checkPage("casework: reconsiderations", "disputes-casework-queue");
        page.locator("#reconsideration-" + id).click();
        page.waitForURL(Pattern.compile(".*/casework/reconsiderations/" + id + "$"));
        waitForVaadin();
        assertThat(page.locator("[id^=evidence-]").first().innerText()).isEqualTo("payslip.pdf");
        checkPage("casework: reconsideration", "disputes-casework-detail");
        page.locator("#start-review").click();
        waitForVaadin();
        page.locator("#outcome-choice vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("Revise the decision")).first().click();
        page.locator("#gross-weekly-income input").fill("400.00");
        page.locator("#outcome-reasons textarea").fill("The payslips show £400 a week from January.");
        page.locator("#decide").click();
        waitForVaadin();
        assertThat(page.locator("#done-banner").innerText()).contains("Decision revised");
        checkPage("casework: reconsideration (revised)", "disputes-casework-revised");

        // The parent sees the revised decision; so does the other parent.
        newSession();
        signIn(c.payingEmail());
        open("/disputes/case/" + c.caseId());
        String status = page.locator("#reconsideration-" + id).innerText();
        assertThat(status).contains("Decided", "We changed the decision", "New decision", "£48.00 a week from");
        assertThat(status).contains("The last day to appeal is");
        checkPage("disputes: status (revised)", "disputes-revised");
        open("/my-case/" + c.caseId());
        assertThat(page.locator("main").innerText()).contains("£48.00");
        checkPage("my case after the revision", "disputes-my-case");
        open("/documents/" + c.caseId());
        assertThat(page.locator("#documents").innerText()).contains("Mandatory reconsideration notice");
        checkPage("documents: the reconsideration notice", "disputes-documents");

        newSession();
        signIn(c.receivingEmail());
        open("/disputes/case/" + c.caseId());
        String theirs = page.locator("#reconsideration-" + id).innerText();
        assertThat(theirs).contains("The other parent asked us to look again", "We changed the decision", "£48.00 a week from");
        assertThat(theirs).as("never the first parent's reasons or evidence").doesNotContain("payslip.pdf")
                .doesNotContain("went down");
        checkPage("disputes: the other parent's view", "disputes-other-parent");
        open("/my-case/" + c.caseId());
        assertThat(page.locator("main").innerText()).as("the receiving parent sees the new amount").contains("£48.00");
        open("/documents/" + c.caseId());
        assertThat(page.locator("#documents").innerText()).as("both parents get the notice")
                .contains("Mandatory reconsideration notice");
        screenshot("disputes-other-parent-documents.png");

        // The paying parent complains, sees it as received, and the acknowledgement is in Notifications.
        newSession();
        signIn(c.payingEmail());
        open("/complaints/new/" + c.caseId());
        assertThat(h1()).isEqualTo("What is your complaint about?");
        checkPage("complaints: category", "complaints-category");
        page.locator("#category vaadin-radio-button").first().click();
        continueTo("What happened?");
        checkPage("complaints: what happened");
        page.locator("#what-happened textarea").fill("Nobody answered my letter about my pay for six weeks.");
        page.locator("#continue").click();
        waitForVaadin();
        checkPage("complaints: what would you like");
        page.locator("#would-like textarea").fill("An answer and an apology.");
        continueTo("Check your answers before sending");
        checkPage("complaints: check answers", "complaints-check");
        page.locator("#send").click();
        waitForVaadin();
        String confirmation = page.locator("#confirmation").innerText();
        assertThat(confirmation).contains("Your reference is CMP-");
        checkPage("complaints: received", "complaints-received");
        open("/complaints/" + c.caseId());
        assertThat(page.locator("#complaints").innerText()).contains("Received");
        checkPage("complaints: list", "complaints-list");
        open("/notifications");
        assertThat(page.locator("#notification-list").innerText()).contains("We have your complaint.");
        checkPage("notifications", "complaints-notifications");
        reportProblems();
    }

    private void continueTo(String nextQuestion) {
        page.locator("#continue").click();
        waitForVaadin();
        assertThat(h1()).isEqualTo(nextQuestion);
    }

    private void signInAsNewCaseworker() throws Exception {
        String staff = TestAccounts.uniqueEmail("browser-disputes-caseworker");
        identity.provisionAccount(AccountKind.CASEWORKER, staff, "Casey Disputes", STAFF_PASSWORD, null, null);
        typeSignIn(staff, STAFF_PASSWORD);
        setUpTwoStep(clock);
    }

    private void signIn(String email) {
        open("/sign-in");
        page.locator("#email input").fill(email);
        page.locator("#password input").fill(CaseFixtures.PASSWORD);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/home$"));
        waitForVaadin();
    }
}
