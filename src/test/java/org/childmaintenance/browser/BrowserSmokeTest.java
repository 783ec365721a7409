package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Smoke test in a real browser (Debian's Chromium driven by Playwright): the parent signs in and
 * reaches the home page, and the register page shows its error summary. Every page it opens is
 * checked with axe-core for WCAG 2.2 AA at 1280 px and at 320 px, and for reflow at 320 px
 * (../shared/UX.md §5). Screenshots go to {@code target/screenshots/}.
 */
class BrowserSmokeTest extends BrowserTestBase {
    private static final String PARENT_EMAIL = "parent@example.com";
    private static final String DEMO_PASSWORD = "demo-password-2026";

    @Test
    void parentSignsInAndSeesTheHomePage() {
        com.microsoft.playwright.Response first = page.navigate("http://localhost:" + port + "/");
        waitForVaadin();
        // Security headers on a real HTTP response (base/SecurityHeaders); violations fail via BrowserTestBase.
        assertThat(first.headers().get("content-security-policy")).contains("default-src 'self'", "object-src 'none'");
        assertThat(first.headers().get("referrer-policy")).isEqualTo("no-referrer");
        assertThat(first.headers().get("permissions-policy")).contains("camera=()");
        assertThat(first.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(page.locator("h1").first().textContent()).isNotBlank();
        checkPage("start page");

        page.locator("#start-sign-in").click();
        page.waitForURL(Pattern.compile(".*/sign-in$"));
        waitForVaadin();
        assertThat(page.locator("h1").textContent()).isEqualTo("Sign in");
        assertThat(page.locator("#safety-exit").isVisible()).as("'Exit this page' on sign-in").isTrue();
        checkPage("sign-in page");

        page.locator("#email input").fill(PARENT_EMAIL);
        page.locator("#password input").fill(DEMO_PASSWORD);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/home$"));
        waitForVaadin();

        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(heading.textContent()).isEqualTo("Hello, Alex Morgan");
        assertThat(page.locator("#sign-out").isVisible()).as("the menu offers 'Sign out' once signed in").isTrue();
        assertThat(page.locator("#sign-in-link").count()).as("the menu no longer offers 'Sign in'").isZero();
        assertThat(page.locator("#safety-exit").isVisible()).as("'Exit this page' for a signed-in parent").isTrue();
        checkPage("home page (parent)", "parent-home");

        reportProblems();
    }

    @Test
    void registerShowsTheErrorSummaryWhenNothingIsEntered() {
        open("/register");
        assertThat(page.locator("h1").textContent()).isEqualTo("Create an account");
        assertThat(page.locator(".error-summary").isVisible()).isFalse();
        checkPage("register page (empty)");

        page.locator("#create-account").click();
        waitForVaadin();

        Locator summary = page.locator(".error-summary");
        summary.waitFor();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.locator("h2").textContent()).isEqualTo("There is a problem");
        assertThat((Boolean) page.evaluate("() => document.activeElement !== null"
                + " && document.activeElement.classList.contains('error-summary')"))
                .as("the error summary has focus after 'Create account'")
                .isTrue();
        assertThat(summary.locator("li a").count()).as("one link per error").isGreaterThan(0);
        assertThat(page.title()).startsWith("Error: ");

        Locator invalidFields = page.locator("vaadin-text-field[invalid], vaadin-password-field[invalid]");
        assertThat(invalidFields.count()).as("fields marked invalid").isGreaterThan(0);
        assertThat(invalidFields.count()).as("one summary link per invalid field")
                .isEqualTo(summary.locator("li a").count());
        for (int i = 0; i < invalidFields.count(); i++) {
            String error = invalidFields.nth(i).locator("[slot=error-message]").textContent();
            assertThat(error).as("error message of invalid field %d", i).isNotBlank();
        }
        checkPage("register page (errors)", "register-errors");

        reportProblems();
    }

    @Test
    void calculatorGivesAnEstimateWithItsWorkingAndIsAccessible() {
        open("/");
        page.locator("#start-estimate").click();
        page.waitForURL(Pattern.compile(".*/estimate$"));
        waitForVaadin();
        checkPage("estimate: benefits question");

        page.locator("#continue").click();
        waitForVaadin();
        assertThat(page.locator(".error-summary").isVisible()).as("error summary on an empty answer").isTrue();
        checkPage("estimate: benefits question (error)");

        page.locator("#benefit vaadin-radio-button").last().click(); // "No"
        page.locator("#continue").click();
        waitForVaadin();
        page.locator("#income input").fill("450");
        page.locator("#period vaadin-radio-button").first().click(); // "a week"
        checkPage("estimate: income question");
        page.locator("#continue").click();
        waitForVaadin();
        page.locator("#children input").fill("2");
        page.locator("#continue").click();
        waitForVaadin();
        page.locator("#care-1 vaadin-radio-button").first().click();
        page.locator("#care-2 vaadin-radio-button").first().click();
        checkPage("estimate: nights question");
        page.locator("#continue").click();
        waitForVaadin();
        page.locator("#other-children vaadin-radio-button").first().click();
        page.locator("#other-arrangements vaadin-radio-button").first().click();
        page.locator("#calculate").click();
        waitForVaadin();

        assertThat(page.locator("#weekly-amount").textContent()).isEqualTo("£72.00 a week");
        assertThat(page.locator("#monthly-amount").textContent()).isEqualTo("This is about £312.00 a month");
        assertThat(page.locator("#breakdown li").count()).as("steps of the working").isGreaterThan(2);
        checkPage("estimate: result", "estimate-result");

        reportProblems();
    }

    @Test
    void optionsThenTheDemoParentsArrangementAndItsPdf() throws IOException {
        open("/");
        page.locator("#start-options").click();
        page.waitForURL(Pattern.compile(".*/options$"));
        waitForVaadin();
        assertThat(page.locator("h1").textContent()).isNotBlank();
        checkPage("options: start");
        page.locator("#start-options").click();
        page.waitForURL(Pattern.compile(".*/options/.+$"));
        waitForVaadin();
        checkPage("options: first question");

        signInAsDemoParent();
        open("/arrangement");
        checkPage("arrangement: list");
        page.locator("a[id^=open-]").first().click();
        page.waitForURL(Pattern.compile(".*/arrangement/\\d+$")); // idle can come before the navigation starts
        waitForVaadin();
        assertThat(page.locator("h1").textContent()).startsWith("Your arrangement with");
        checkPage("arrangement: agreement", "arrangement");

        Download download = page.waitForDownload(() -> page.locator("#download-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        reportProblems();
    }

    private void signInAsDemoParent() {
        open("/sign-in");
        page.locator("#email input").fill(PARENT_EMAIL);
        page.locator("#password input").fill(DEMO_PASSWORD);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/home$"));
        waitForVaadin();
    }

}
