package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Playwright;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case journey in a real browser (Debian's Chromium driven by Playwright): the receiving
 * parent applies page by page, the other parent links with the code from their e-mail and gives
 * their details, and both see the same decision on My case. The pages on the way are checked
 * with axe-core for WCAG 2.2 AA at 1280 px and at 320 px, and for reflow at 320 px
 * (../shared/UX.md §5). Screenshots go to {@code target/screenshots/}.
 */
class CaseBrowserJourneyTest extends BrowserTestBase {
    private static final String PASSWORD = "river-stone-candle-42";
    /** A pre-application reference the demo data records as issued. */
    private static final String REFERENCE = "950000001";

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;


    @Test
    void receivingParentAppliesTheOtherParentLinksAndBothSeeTheDecision() {
        String receiving = newParent("journey-rp", "Robin Receiver");
        String paying = newParent("journey-pp", "Sam Payer");
        String child = "Lou " + UUID.randomUUID().toString().substring(0, 6);

        // The receiving parent applies.
        signIn(receiving);
        open("/apply");
        assertThat(h1()).isEqualTo("Apply for child maintenance");
        checkPage("apply: start", "case-apply-start");
        page.locator("#start-now").click();
        page.waitForURL(Pattern.compile(".*/apply/reference$"));
        waitForVaadin();

        assertThat(h1()).isNotBlank();
        checkPage("apply: reference question", "case-apply-reference");
        page.locator("#continue").click();
        waitForVaadin();
        assertThat(page.locator(".error-summary").isVisible()).as("error summary on an empty answer").isTrue();
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.locator("#q-reference[invalid]").count()).as("the field is marked invalid").isEqualTo(1);
        checkPage("apply: reference question (error)", "case-apply-reference-error");

        int pages = 0;
        while (!page.url().endsWith("/apply/check-answers")) {
            assertThat(++pages).as("pages of the application (now on " + page.url() + ")").isLessThan(40);
            String slug = page.url().replaceAll("^.*/apply/([^?#]+).*$", "$1");
            answer(slug, paying, child);
            if (slug.equals("other-parent-name")) {
                checkPage("apply: other parent's name (filled)");
            }
            if (slug.equals("child-date-of-birth")) {
                checkPage("apply: child's date of birth (filled)", "case-apply-child-dob");
            }
            continueWithoutErrors(slug);
        }

        assertThat(h1()).isEqualTo("Check your answers before sending your application");
        assertThat(page.locator("#answers").textContent()).contains(child, paying);
        checkPage("apply: check answers", "case-apply-check");
        page.locator("#confirm-and-send").click();
        page.waitForURL(Pattern.compile(".*/apply/sent/\\d+$"));
        waitForVaadin();
        assertThat(h1()).isEqualTo("Application sent");
        String reference = page.locator("#case-reference").textContent().trim();
        assertThat(reference).matches("121\\d{9}");
        checkPage("apply: confirmation", "case-apply-sent");

        // The other parent links with the code from their e-mail, as the paying parent.
        String code = codeMailedTo(paying);
        newSession();
        signIn(paying);
        open("/link-case");
        checkPage("link: code", "case-link-code");
        page.locator("#continue").click();
        waitForVaadin();
        assertThat(page.locator(".error-summary").isVisible()).as("error summary on an empty code").isTrue();
        checkPage("link: code (error)");
        page.locator("#q-code input").fill(code);
        continueWithoutErrors("link code");
        assertThat(h1()).startsWith("Are you the parent of " + child);
        checkPage("link: parentage", "case-link-parentage");
        radio("q-acceptsParentage", "Yes");
        continueWithoutErrors("link parentage");
        assertThat(h1()).startsWith("Have you experienced or seen domestic abuse");
        checkPage("link: safety", "case-link-safety");
        radio("q-domesticAbuse", "No");
        page.locator("#continue").click();
        page.waitForURL(Pattern.compile(".*/my-case/\\d+$"));
        waitForVaadin();
        assertThat(h1()).isEqualTo("Your child maintenance case");
        assertThat(page.locator("#case-facts").textContent()).contains(reference);
        checkPage("my case: paying parent before details", "case-my-case-linked");

        // Their details, one question a page, then the decision.
        page.locator("#give-details").click();
        page.waitForURL(Pattern.compile(".*/your-details$"));
        waitForVaadin();
        int questions = 0;
        while (page.locator("#confirm-and-send").count() == 0) {
            assertThat(++questions).as("questions about the paying parent (now " + h1() + ")").isLessThan(20);
            String field = answerDetails();
            if (field.equals("incomeAmount")) {
                checkPage("details: income (filled)", "case-details-income");
            }
            continueWithoutErrors(field);
        }
        assertThat(h1()).isEqualTo("Check your answers before sending your details");
        checkPage("details: check answers", "case-details-check");
        page.locator("#confirm-and-send").click();
        page.waitForURL(Pattern.compile(".*/my-case/\\d+$"));
        waitForVaadin();

        String payingSees = page.locator("#weekly-amount").textContent();
        Matcher amount = Pattern.compile("^You pay (£[\\d,]+\\.\\d{2}) a week from (.+)\\.$").matcher(payingSees);
        assertThat(amount.matches()).as("weekly amount for the paying parent: " + payingSees).isTrue();
        assertThat(amount.group(1)).isEqualTo("£54.00");
        assertThat(page.locator("#decision-facts").textContent()).contains("First calculation");
        checkPage("my case: paying parent with the decision", "case-my-case-paying");

        // The receiving parent sees the same amount and decision.
        newSession();
        signIn(receiving);
        open("/my-case");
        assertThat(h1()).isEqualTo("Your child maintenance case");
        assertThat(page.locator("#weekly-amount").textContent())
                .isEqualTo("You get " + amount.group(1) + " a week from " + amount.group(2) + ".");
        assertThat(page.locator("#decision-facts").textContent()).contains("First calculation", "£450.00");
        assertThat(page.locator("#case-facts").textContent()).contains(reference, child);
        checkPage("my case: receiving parent with the decision", "case-my-case-receiving");

        reportProblems();
    }

    /** Answers one page of the application, by its address. */
    private void answer(String slug, String otherEmail, String child) {
        LocalDate born = LocalDate.now().minusYears(9);
        switch (slug) {
            case "reference" -> fill("q-reference", REFERENCE);
            case "who" -> radio("q-applicantType", "I am a parent and the children live with me most of the time");
            case "domestic-abuse", "safe-to-share" -> radio(slug.equals("domestic-abuse") ? "q-domesticAbuse" : "q-notSafeToShare", "No");
            case "your-address" -> {
                page.locator("#q-address textarea").fill("1 High Street\nLeeds");
                fill("q-postcode", "LS1 4AB");
            }
            case "your-phone", "other-parent-employer" -> {
                // optional
            }
            case "other-parent-name" -> fill("q-otherName", "Sam Payer");
            case "other-parent-date-of-birth" -> {
                fill("q-otherDateOfBirth-day", "1");
                fill("q-otherDateOfBirth-month", "6");
                fill("q-otherDateOfBirth-year", "1985");
            }
            case "other-parent-address" -> radio("q-otherAddressKnown", "No");
            case "other-parent-national-insurance" -> fill("q-otherNiNumber", "AB 12 34 56 C");
            case "other-parent-email" -> fill("q-otherEmail", otherEmail);
            case "child-name" -> fill("q-childName", child);
            case "child-date-of-birth" -> {
                fill("q-childDateOfBirth-day", "" + born.getDayOfMonth());
                fill("q-childDateOfBirth-month", "" + born.getMonthValue());
                fill("q-childDateOfBirth-year", "" + born.getYear());
            }
            case "child-education" -> radio("q-childInEducation", "Yes");
            case "more-children" -> radio("q-moreChildren", "No");
            case "live-in-uk" -> radio("q-allInUk", "Yes");
            case "payments" -> radio("q-serviceType", "Direct Pay");
            case "bank-details" -> {
                fill("q-bankAccountName", "R RECEIVER");
                fill("q-sortCode", "30-96-34");
                fill("q-accountNumber", "12345678");
            }
            default -> fail("unexpected page of the application: " + page.url() + " (" + h1() + ")");
        }
    }

    /** Answers the paying parent's question on the page, by its field; returns the field's name. */
    private String answerDetails() {
        Map<String, Runnable> answers = new java.util.LinkedHashMap<>();
        answers.put("incomeType", () -> radio("q-incomeType", "I work for an employer"));
        answers.put("incomeAmount", () -> {
            fill("q-incomeAmount", "450");
            radio("q-incomeFrequency", "a week");
        });
        answers.put("employer", () -> fill("q-employer", "Acme Ltd"));
        answers.put("pension", () -> { });
        answers.put("relevantOtherChildren", () -> fill("q-relevantOtherChildren", "0"));
        answers.put("otherArrangementChildren", () -> fill("q-otherArrangementChildren", "0"));
        answers.put("nights", () -> fill("q-nights", "0"));
        answers.put("paymentFrequency", () -> radio("q-paymentFrequency", "Every week"));
        for (Map.Entry<String, Runnable> a : answers.entrySet()) {
            if (page.locator("#q-" + a.getKey()).count() > 0) {
                a.getValue().run();
                return a.getKey();
            }
        }
        fail("unexpected question for the paying parent: " + page.url() + " (" + h1() + ")");
        return null;
    }

    private String newParent(String prefix, String name) {
        String email = TestAccounts.uniqueEmail(prefix);
        identity.provisionAccount(AccountKind.PARENT, email, name, PASSWORD, null, null);
        return email;
    }

    /** The latest activation code e-mailed to this address. */
    private String codeMailedTo(String email) {
        String body = org.childmaintenance.notification.OutboxProbe.lastBodyTo(jdbc, email.toLowerCase());
        Matcher m = Pattern.compile("\\b([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\\b").matcher(body);
        assertThat(m.find()).as("activation code in the mail to " + email).isTrue();
        return m.group(1);
    }

    private void signIn(String email) {
        open("/sign-in");
        page.locator("#email input").fill(email);
        page.locator("#password input").fill(PASSWORD);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/home$"));
        waitForVaadin();
    }
}
