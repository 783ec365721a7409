package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A visitor who is not signed in asks for a call-back from the options journey, one question a page, in a
 * real browser: every page checked with axe (WCAG 2.2 AA) at 1280 and 320 px, the error summary focused
 * after an empty answer, "Exit this page" on every page, and a reference at the end. Screenshots
 * {@code talk-check.png} and {@code talk-sent.png}.
 */
class TalkToSomeoneBrowserJourneyTest extends BrowserTestBase {

    @Test
    void a_visitor_asks_for_a_call_back_from_the_options_journey() {
        open("/options");
        page.locator("#talk-to-someone").click();
        page.waitForURL(Pattern.compile(".*/talk-to-someone\\?from=options$"));
        waitForVaadin();
        expectH1("How would you like to talk to us?");
        assertThat(page.locator("#safety-exit").isVisible()).as("'Exit this page' on the journey").isTrue();
        checkPage("talk to someone: how");

        next();
        assertThat(page.locator(".error-summary").isVisible()).isTrue();
        assertThat((Boolean) page.evaluate("() => document.activeElement !== null"
                + " && document.activeElement.classList.contains('error-summary')")).as("the summary has focus").isTrue();
        checkPage("talk to someone: how (error)");
        radio("how", "Ask us to phone you back");
        next();

        expectH1("What is your name?");
        checkPage("talk to someone: name");
        page.locator("#full-name input").fill("Robin Visitor");
        next();
        expectH1("What is your email address? (optional)");
        page.locator("#email input").fill("robin.visitor@example.test");
        next();
        expectH1("What number should we call you on?");
        page.locator("#phone input").fill("0800 123");
        next();
        assertThat(page.locator("#phone [slot=error-message]").innerText()).startsWith("Enter a UK phone number");
        checkPage("talk to someone: phone (error)");
        page.locator("#phone input").fill("07700 900 982");
        next();
        expectH1("Is it safe for us to leave a message on this number?");
        checkPage("talk to someone: leave a message");
        radio("message-ok", "No, do not leave a message");
        next();
        expectH1("When can we call you?");
        page.locator("#times vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Weekday mornings")).click();
        checkPage("talk to someone: when");
        next();
        expectH1("What would you like to talk about?");
        radio("topic", "Which way of arranging child maintenance suits us");
        page.locator("#details textarea").fill("We have just separated.");
        checkPage("talk to someone: about");
        next();

        expectH1("Check your answers before sending");
        assertThat(page.locator("#answers").innerText()).contains("Robin Visitor", "07700 900982", "No, do not leave a message");
        checkPage("talk to someone: check", "talk-check");
        page.locator("#send").click();
        page.waitForURL(Pattern.compile(".*/talk-to-someone/sent$"));
        waitForVaadin();
        expectH1("Call-back requested");
        assertThat(page.locator("#reference").innerText()).matches("TS-[A-Z0-9]{4}-[A-Z0-9]{4}");
        checkPage("talk to someone: sent", "talk-sent");
        reportProblems();
    }

    /** Waits (Playwright's retrying assertion) until the page's heading is the expected question. */
    private void expectH1(String text) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("main h1").first()).hasText(text);
        waitForVaadin();
    }

    private void next() {
        page.locator("#continue").click();
        waitForVaadin();
    }
}
