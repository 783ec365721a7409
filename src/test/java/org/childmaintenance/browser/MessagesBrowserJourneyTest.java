package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Secure messages in a real browser: the demo parent writes to the service with a PDF attached,
 * a caseworker (setting up two-step sign-in first, as staff must) answers, and the parent sees the
 * unread answer in the navigation, finds its notice behind the bell and opens the conversation from it. Every page on the way is checked with axe-core
 * (WCAG 2.2 AA) at 1280 and 320 px, with the reflow check.
 */
class MessagesBrowserJourneyTest extends BrowserTestBase {
    private static final String DEMO_PASSWORD = "demo-password-2026";
    private static final String STAFF_PASSWORD = "lantern-harbour-quartz-17";

    @Autowired
    IdentityService identity;
    @Autowired
    MutableClock clock;

    @Test
    void parentSendsWithAnAttachmentCaseworkReplesAndTheParentSeesTheUnreadReply() throws Exception {
        // The parent writes, with an error on the way.
        signIn("parent@example.com", DEMO_PASSWORD);
        open("/messages");
        assertThat(h1()).isEqualTo("Messages");
        checkPage("messages: list", "messages-list");
        page.locator("#write-message").click();
        page.waitForURL(Pattern.compile(".*/messages/new$"));
        waitForVaadin();
        // A draft from an earlier visit may come back: an empty message is an error either way.
        page.locator("#message-body textarea").fill("");
        page.locator("#send-message").click();
        waitForVaadin();
        assertThat(page.locator(".error-summary").isVisible()).isTrue();
        assertThat(page.locator(".error-summary").innerText()).contains("Enter your message");
        assertThat(page.title()).startsWith("Error: ");
        checkPage("messages: new (errors)", "messages-new-errors");

        page.locator("#subject vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Payments")).first().click();
        page.locator("#message-body textarea").fill("Please see my bank statement: no payment arrived in May.");
        page.locator("#attachment input[type=file]").setInputFiles(new FilePayload("bank-may.pdf", "application/pdf",
                org.childmaintenance.messages.MessageFixtures.pdf("bank-may.pdf").bytes()));
        page.locator("#remove-attachment-0").waitFor();
        waitForVaadin();
        checkPage("messages: new (filled)", "messages-new-filled");
        page.locator("#send-message").click();
        page.waitForURL(Pattern.compile(".*/messages/\\d+\\?sent=1$"));
        waitForVaadin();
        assertThat(page.locator("#sent-banner").isVisible()).isTrue();
        assertThat(page.locator("#message-history").innerText()).contains("no payment arrived in May", "bank-may.pdf");
        checkPage("messages: conversation (sent)", "messages-sent");
        Matcher m = Pattern.compile("/messages/(\\d+)").matcher(page.url());
        assertThat(m.find()).isTrue();
        String conversation = m.group(1);

        // A caseworker sets up two-step sign-in, then answers from the inbox.
        newSession();
        String staff = TestAccounts.uniqueEmail("browser-caseworker");
        identity.provisionAccount(AccountKind.CASEWORKER, staff, "Casey Browser", STAFF_PASSWORD, null, null);
        typeSignIn(staff, STAFF_PASSWORD);
        setUpTwoStep(clock);

        open("/casework/messages");
        assertThat(h1()).isEqualTo("Messages inbox");
        assertThat(page.locator("#open-" + conversation).count()).isEqualTo(1);
        checkPage("casework: inbox", "messages-inbox");
        // The filters' lists, open, must be named after their select (axe aria-input-field-name).
        assertThat(checkOverlays("casework: inbox")).isEqualTo(1);
        reportProblems();
        page.locator("#open-" + conversation).click();
        page.waitForURL(Pattern.compile(".*/casework/messages/" + conversation + "$"));
        waitForVaadin();
        page.locator("#assign-to-me").click();
        waitForVaadin();
        page.locator("#reply-body textarea").fill("Thank you. We have asked the other parent to pay within 7 days.");
        page.locator("#send-reply").click();
        waitForVaadin();
        assertThat(page.locator("#message-history").innerText()).contains("asked the other parent to pay within 7 days");
        checkPage("casework: conversation", "messages-casework-conversation");

        // The parent sees the unread answer.
        newSession();
        signIn("parent@example.com", DEMO_PASSWORD);
        assertThat(page.locator("nav.app-nav").innerText()).containsPattern("Messages \\(\\d+ unread\\)");
        open("/messages");
        assertThat(page.locator("#status-" + conversation).innerText()).isEqualTo("1 unread");

        // The bell says there is news; the newest notice is the reply and opens its conversation.
        assertThat(page.locator("#notification-count").innerText()).containsPattern("\\d+ unread");
        page.locator("#notification-bell").click();
        page.waitForURL(Pattern.compile(".*/notifications$"));
        waitForVaadin();
        assertThat(h1()).isEqualTo("Notifications");
        Locator newest = page.locator("#notification-list li").first();
        assertThat(newest.innerText()).contains("New", "You have a new message");
        checkPage("notifications (reply)", "notifications-reply");
        newest.locator("vaadin-button").click();
        page.waitForURL(Pattern.compile(".*/messages/" + conversation + "$"));
        waitForVaadin();
        String history = page.locator("#message-history").innerText();
        assertThat(history).contains("Child Maintenance Service", "asked the other parent to pay within 7 days");
        assertThat(history).doesNotContain("Casey Browser");
        checkPage("messages: conversation (reply read)", "messages-reply");

        open("/documents");
        assertThat(h1()).isEqualTo("Documents");
        checkPage("documents", "documents");
        reportProblems();
    }

    private void signIn(String email, String password) {
        open("/sign-in");
        page.locator("#email input").fill(email);
        page.locator("#password input").fill(password);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/home$"));
        waitForVaadin();
    }
}
