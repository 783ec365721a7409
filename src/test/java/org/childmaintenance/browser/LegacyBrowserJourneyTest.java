package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.legacy.LegacyTestCases;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Old-scheme case closure in a real browser: a receiving parent whose 2003-scheme case is closing
 * finds it on "Old-scheme case", chooses to apply to the Child Maintenance Service, finishes the
 * prefilled application and sees that the new case starts the day after the old one ends. Every page
 * opened is checked with axe-core (WCAG 2.2 AA) at 1280 px and 320 px, and for reflow at 320 px.
 */
class LegacyBrowserJourneyTest extends BrowserTestBase {
    private static final String PASSWORD = "river-stone-candle-42";
    /** A pre-application reference the demo data records as issued. */
    private static final String REFERENCE = "950000001";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired IdentityService identity;
    @Autowired LegacyTestCases legacy;

    @Test
    void aParentWithAClosingOldSchemeCaseChoosesToApplyAndSeesWhenTheNewCaseStarts() {
        String receiving = newParent("legacy-journey-rp", "Rae Receiver");
        String paying = newParent("legacy-journey-pp", "Pat Payer");
        LocalDate end = LocalDate.now().plusMonths(7);
        String start = DATE.format(end.plusDays(1));
        String reference = legacy.closing(paying, receiving, "45.00", "300.00", end);

        open("/sign-in");
        checkPage("sign in", "legacy-sign-in");
        page.locator("#email input").fill(receiving);
        page.locator("#password input").fill(PASSWORD);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/home$"));
        waitForVaadin();
        checkPage("home");

        // The case is found by the e-mail address the old scheme had.
        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Old-scheme case")).first().click();
        page.waitForURL(Pattern.compile(".*/old-scheme-case$"));
        waitForVaadin();
        assertThat(h1()).isEqualTo("Your old-scheme case");
        assertThat(page.locator("#legacy-status").textContent()).contains("This case will end on " + DATE.format(end));
        assertThat(page.locator("#legacy-summary").textContent()).contains(reference, "Pat Payer", "£45.00", "£300.00");
        checkPage("old-scheme case", "legacy-case");

        page.locator("#choose-next").click();
        page.waitForURL(Pattern.compile(".*/old-scheme-case/\\d+/next$"));
        waitForVaadin();
        assertThat(h1()).isEqualTo("What do you want to do when your old-scheme case ends?");
        checkPage("what next", "legacy-next");
        page.locator("#continue").click();
        waitForVaadin();
        assertThat(page.locator(".error-summary").isVisible()).isTrue();
        assertThat(page.title()).startsWith("Error: ");
        checkPage("what next (error)", "legacy-next-error");

        radio("next-step", "Apply to the Child Maintenance Service (starting " + start + ")");
        page.locator("#continue").click();
        page.waitForURL(Pattern.compile(".*/old-scheme-case/\\d+\\?done=apply$"));
        waitForVaadin();
        assertThat(page.locator("#done-banner").textContent()).contains("Your new case will start on " + start);
        assertThat(page.locator("#new-case-start").textContent()).contains(start);
        checkPage("old-scheme case: applying", "legacy-applying");

        // The application: what the old case knew is filled in; the parent answers the rest.
        page.locator("#continue-application").click();
        page.waitForURL(Pattern.compile(".*/apply$"));
        waitForVaadin();
        checkPage("apply: start (prefilled)");
        page.locator("#start-now").click();
        // A link: the router navigates after the click, so wait for the first question's address.
        page.waitForURL(Pattern.compile(".*/apply/[^/?#]+.*"));
        waitForVaadin();
        int pages = 0;
        while (!page.url().endsWith("/apply/check-answers")) {
            assertThat(++pages).as("pages of the application (now on " + page.url() + ")").isLessThan(40);
            String slug = page.url().replaceAll("^.*/apply/([^?#]+).*$", "$1");
            answer(slug, paying);
            checkPage("apply: " + slug);
            continueWithoutErrors(slug);
        }
        assertThat(page.locator("#answers").textContent()).contains("Pat Payer", paying, "Jamie Payer");
        checkPage("apply: check answers");
        page.locator("#confirm-and-send").click();
        page.waitForURL(Pattern.compile(".*/apply/sent/\\d+$"));
        waitForVaadin();
        String caseReference = page.locator("#case-reference").textContent().trim();
        checkPage("apply: sent");

        open("/old-scheme-case");
        assertThat(page.locator("#new-case-start").textContent())
                .isEqualTo("You applied: case " + caseReference + ". It will start on " + start
                        + ", the day after your old-scheme case ends.");
        checkPage("old-scheme case: applied", "legacy-applied");
        reportProblems();
    }

    /** Answers one page of the application by its address; prefilled pages are only checked and continued. */
    private void answer(String slug, String otherEmail) {
        switch (slug) {
            case "reference" -> fill("q-reference", REFERENCE);
            case "domestic-abuse", "safe-to-share" -> radio(slug.equals("domestic-abuse") ? "q-domesticAbuse" : "q-notSafeToShare", "No");
            case "your-address" -> {
                page.locator("#q-address textarea").fill("1 High Street\nLeeds");
                fill("q-postcode", "LS1 4AB");
            }
            case "who", "your-phone", "other-parent-employer", "other-parent-name", "other-parent-date-of-birth",
                 "child-name", "child-date-of-birth" -> {
                // prefilled from the old-scheme case, or optional
            }
            case "other-parent-email" -> assertThat(page.locator("#q-otherEmail input").inputValue()).isEqualTo(otherEmail);
            case "other-parent-address" -> radio("q-otherAddressKnown", "No");
            case "other-parent-national-insurance" -> fill("q-otherNiNumber", "AB 12 34 56 C");
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

    private String newParent(String prefix, String name) {
        String email = TestAccounts.uniqueEmail(prefix);
        identity.provisionAccount(AccountKind.PARENT, email, name, PASSWORD, null, null);
        return email;
    }
}
