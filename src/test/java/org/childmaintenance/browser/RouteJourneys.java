package org.childmaintenance.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.support.TestAccounts;

/**
 * The pages {@link AllRoutesAccessibilityBrowserTest}'s crawl cannot reach by following links: they open
 * only after questions are answered or a button is pressed. Each journey answers as a person would (in
 * English, by the fields' ids) and calls {@link Driver#visit()} on every page it wants checked; the test
 * then checks that page in each language (reloading it with {@code ?lang=}) before the journey goes on.
 */
final class RouteJourneys {
    /** What a journey needs from the test. */
    interface Driver {
        Page page();

        void open(String path);

        void waitForVaadin();

        /** Checks the page the browser is on (once per route template and role), in each language. */
        void visit();

        /** The body of the latest e-mail the portal sent to this address. */
        String lastMailTo(String email);
    }

    /** A scripted way to some pages, run once per role. */
    @FunctionalInterface
    interface Journey {
        void run(Driver d);
    }

    private RouteJourneys() {
    }

    // ---- Anyone (not signed in) ---------------------------------------------------------------------------

    /** Options: in Great Britain, the other parent too, no recent court order, not safe: support, then choices. */
    static void optionsNotSafe(Driver d) {
        d.open("/options/where-you-live");
        answer(d, "answer", 0); // Great Britain
        d.visit(); // other parent in the UK?
        answer(d, "answer", 0); // yes
        d.visit(); // paying or receiving?
        answer(d, "answer", 1); // receiving
        d.visit(); // court order?
        answer(d, "answer", 1); // no
        d.visit(); // children
        answer(d, "answer", 0); // yes
        d.visit(); // safety
        answer(d, "answer", 0); // yes: not safe
        d.visit(); // support
        click(d, "#continue");
        d.visit(); // your options
    }

    /**
     * Options: a court decided child maintenance recently (an end page); living abroad, then the other parent
     * living abroad (the two UK employer questions).
     */
    static void optionsEnds(Driver d) {
        d.open("/options/where-you-live");
        answer(d, "answer", 0); // Great Britain
        answer(d, "answer", 0); // the other parent is in the UK too
        answer(d, "answer", 1); // receiving
        answer(d, "answer", 0); // a court decided child maintenance in the last 12 months
        d.visit(); // options/end/recent-court-order
        d.open("/options/where-you-live");
        answer(d, "answer", 2); // elsewhere
        d.visit(); // do you work for a UK employer?
        d.open("/options/where-you-live");
        answer(d, "answer", 0); // Great Britain
        answer(d, "answer", 1); // the other parent lives abroad
        d.visit(); // does the other parent work for a UK employer?
    }

    /** Talk to someone: a call-back, every question to "sent". */
    static void talkCallBack(Driver d) {
        d.open("/talk-to-someone");
        answer(d, "how", 0); // a call-back
        d.visit(); // name
        fillAndContinue(d, "#full-name input", "Robin Visitor");
        d.visit(); // e-mail
        fillAndContinue(d, "#email input", "robin.visitor@example.test");
        d.visit(); // phone
        fillAndContinue(d, "#phone input", "07700 900 982");
        d.visit(); // leave a message?
        answer(d, "message-ok", 1);
        d.visit(); // when
        d.page().locator("#times vaadin-checkbox").first().click();
        click(d, "#continue");
        d.visit(); // about
        d.page().locator("#topic vaadin-radio-button").first().click();
        fillAndContinue(d, "#details textarea", "We have just separated.");
        d.visit(); // check your answers
        d.page().locator("#send").click();
        d.page().waitForURL(Pattern.compile(".*/talk-to-someone/sent$"));
        d.waitForVaadin();
        d.visit(); // sent
        // The e-mail's link to manage the request, then "cancel this request".
        Matcher link = Pattern.compile("/talk-to-someone/manage\\?token=[^\\s\"'<>]+")
                .matcher(d.lastMailTo("robin.visitor@example.test"));
        if (!link.find()) {
            throw new AssertionError("no link to manage the request in the e-mail to robin.visitor@example.test");
        }
        d.open(link.group());
        d.visit(); // manage
        d.page().locator("#cancel-request").click();
        d.page().waitForURL(Pattern.compile(".*/talk-to-someone/manage/cancel.*"));
        d.waitForVaadin();
        d.visit(); // cancel
    }

    /** Talk to someone: an appointment at a centre, to the choice of time. */
    static void talkAppointment(Driver d) {
        d.open("/talk-to-someone");
        answer(d, "how", 1); // an appointment
        d.visit(); // centre
        answer(d, "centre", 0);
        d.visit(); // time
    }

    /** Sorting out separation: two topics ticked, the results, then a topic's page. */
    static void sortingOut(Driver d) {
        d.open("/sorting-out-separation");
        Locator boxes = d.page().locator("#topics vaadin-checkbox");
        boxes.nth(0).click();
        boxes.nth(1).click();
        click(d, "#continue");
        d.page().waitForURL(Pattern.compile(".*/sorting-out-separation/results.*"));
        d.waitForVaadin();
        d.visit(); // results
        d.page().locator("a[id^=read-]").first().click();
        d.page().waitForURL(Pattern.compile(".*/sorting-out-separation/topic/.+"));
        d.waitForVaadin();
        d.visit(); // a topic
    }

    /**
     * Signing in to an account with two-step sign-in turned on: the password, then the page asking for the
     * authenticator's code (checked; left there, not signed in).
     */
    static void secondStepOfSignIn(Driver d, String email, String password) {
        d.open("/sign-in");
        d.page().locator("#email input").fill(email);
        d.page().locator("#password input").fill(password);
        d.page().locator("#sign-in").click();
        d.page().waitForURL(Pattern.compile(".*/sign-in/code(\\?.*)?$"));
        d.waitForVaadin();
        d.visit(); // the code page
    }

    // ---- A signed-in parent -------------------------------------------------------------------------------

    /** A text message number: the number, then the page for the code sent to it (also with its error shown). */
    static void phoneCode(Driver d) {
        d.open("/settings/notifications/phone");
        d.page().locator("#phone input").fill("07700 900 982");
        d.page().locator("#send-code").click();
        d.page().waitForURL(Pattern.compile(".*/settings/notifications/phone/code$"));
        d.waitForVaadin();
        d.visit();
    }

    /**
     * A new family-based arrangement: started from the arrangements page, the first step answered, then
     * every step of the draft opened in turn (each is its own page), to "check your answers".
     */
    static void arrangementBeingMade(Driver d) {
        d.open("/arrangement");
        d.page().locator("#start-arrangement").click();
        d.page().waitForURL(Pattern.compile(".*/arrangement/\\d+/about$"));
        d.waitForVaadin();
        Matcher m = Pattern.compile("/arrangement/(\\d+)/").matcher(d.page().url());
        if (!m.find()) {
            throw new AssertionError("no arrangement id in " + d.page().url());
        }
        String base = "/arrangement/" + m.group(1) + "/";
        d.visit(); // about
        d.page().locator("#role vaadin-radio-button").first().click();
        fillAndContinue(d, "#other-name input", "Sam Taylor");
        d.visit(); // children
        for (String step : List.of("starting-point", "estimate", "amount", "payment", "extras", "holidays", "changes",
                "review-date", "check")) {
            d.open(base + step);
            d.visit();
        }
    }

    /** An application, every question answered, to "check your answers" and "application sent". */
    static void application(Driver d) {
        d.open("/apply");
        d.page().locator("#start-now").click();
        d.page().waitForURL(Pattern.compile(".*/apply/[^/?#]+.*"));
        d.waitForVaadin();
        for (int pages = 0; !d.page().url().contains("/apply/check-answers"); pages++) {
            if (pages > 40) {
                throw new AssertionError("the application did not end: now on " + d.page().url());
            }
            String slug = d.page().url().replaceAll("^.*/apply/([^?#]+).*$", "$1");
            answerApplication(d, slug);
            click(d, "#continue");
            if (d.page().locator(".error-summary").isVisible()) {
                throw new AssertionError("errors after answering " + slug + ": "
                        + d.page().locator(".error-summary").innerText());
            }
        }
        d.visit(); // check your answers
        d.page().locator("#confirm-and-send").click();
        d.page().waitForURL(Pattern.compile(".*/apply/sent/\\d+$"));
        d.waitForVaadin();
        d.visit(); // sent
    }

    private static void answerApplication(Driver d, String slug) {
        LocalDate born = LocalDate.now().minusYears(9);
        switch (slug) {
            case "reference" -> fill(d, "q-reference", "950123456");
            case "who" -> radio(d, "q-applicantType", 0); // the children live with me
            case "domestic-abuse" -> radio(d, "q-domesticAbuse", 1); // no
            case "safe-to-share" -> radio(d, "q-notSafeToShare", 1);
            case "your-address" -> {
                d.page().locator("#q-address textarea").fill("12 Orchard Lane\nLeeds");
                fill(d, "q-postcode", "LS1 4AB");
            }
            case "your-phone", "other-parent-employer" -> {
                // optional
            }
            case "other-parent-name" -> fill(d, "q-otherName", "Drew Morgan");
            case "other-parent-date-of-birth" -> {
                fill(d, "q-otherDateOfBirth-day", "1");
                fill(d, "q-otherDateOfBirth-month", "6");
                fill(d, "q-otherDateOfBirth-year", "1985");
            }
            case "other-parent-address" -> radio(d, "q-otherAddressKnown", 1); // not known
            case "other-parent-national-insurance" -> fill(d, "q-otherNiNumber", "AB 12 34 56 C");
            case "other-parent-email" -> fill(d, "q-otherEmail", TestAccounts.uniqueEmail("a11y-other"));
            case "child-name" -> fill(d, "q-childName", "Robin Morgan");
            case "child-date-of-birth" -> {
                fill(d, "q-childDateOfBirth-day", "" + born.getDayOfMonth());
                fill(d, "q-childDateOfBirth-month", "" + born.getMonthValue());
                fill(d, "q-childDateOfBirth-year", "" + born.getYear());
            }
            case "child-education" -> radio(d, "q-childInEducation", 0); // yes
            case "more-children" -> radio(d, "q-moreChildren", 1); // no
            case "live-in-uk" -> radio(d, "q-allInUk", 0); // yes
            case "payments" -> radio(d, "q-serviceType", 0); // Direct Pay
            case "bank-details" -> {
                fill(d, "q-bankAccountName", "A MORGAN");
                fill(d, "q-sortCode", "30-96-34");
                fill(d, "q-accountNumber", "12345678");
            }
            default -> throw new AssertionError("unexpected page of the application: " + d.page().url());
        }
    }

    /** "I have appealed" on a case whose reconsideration was decided: the appeal's first question. */
    static void appeal(Driver d, long caseId) {
        d.open("/disputes/case/" + caseId);
        d.page().locator("a[id^=appealed-]").first().click();
        d.page().waitForURL(Pattern.compile(".*/disputes/case/" + caseId + "/appeal/\\d+$"));
        d.waitForVaadin();
        d.visit();
    }

    // ---- Small steps ---------------------------------------------------------------------------------------

    /** Picks the option at this index of a radio group and presses Continue. */
    private static void answer(Driver d, String groupId, int index) {
        radio(d, groupId, index);
        click(d, "#continue");
    }

    private static void radio(Driver d, String groupId, int index) {
        d.page().locator("#" + groupId + " vaadin-radio-button").nth(index).click();
    }

    private static void fill(Driver d, String id, String value) {
        d.page().locator("#" + id + " input").fill(value);
    }

    private static void fillAndContinue(Driver d, String selector, String value) {
        d.page().locator(selector).fill(value);
        click(d, "#continue");
    }

    /** Clicks and waits for the server's answer (and the next page, when the click navigates). */
    private static void click(Driver d, String selector) {
        String before = d.page().url();
        d.page().locator(selector).click();
        d.waitForVaadin();
        // Navigation by the server can start after the round trip: give it a moment to show in the address.
        if (d.page().url().equals(before)) {
            d.page().waitForTimeout(300);
            d.waitForVaadin();
        }
    }
}
