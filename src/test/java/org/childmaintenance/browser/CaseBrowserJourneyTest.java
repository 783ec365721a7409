package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.TestAccounts;
import org.childmaintenance.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The case journey in a real browser (Debian's Chromium driven by Playwright): the receiving
 * parent applies page by page, the other parent links with the code from their e-mail and gives
 * their details, and both see the same decision on My case. The pages on the way are checked
 * with axe-core for WCAG 2.2 AA at 1280 px and at 320 px, and for reflow at 320 px
 * (../shared/UX.md §5). Screenshots go to {@code target/screenshots/}.
 */
// Vaadin's development tools (Copilot) add their own unlabelled controls to every page: keep them
// out, so the browser sees the same markup as in production.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
// Test components (e.g. the ledger fixture) need the test clock.
@Import(TestClockConfig.class)
// A real server on a random port: close it after this class instead of keeping it in Spring's context cache.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CaseBrowserJourneyTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final int WIDE = 1280;
    private static final int NARROW = 320;
    private static final String PASSWORD = "river-stone-candle-42";
    /** A pre-application reference the demo data records as issued. */
    private static final String REFERENCE = "950000001";

    /** True while every Vaadin Flow client on the page has no request in flight. */
    private static final String VAADIN_IDLE = """
            () => {
              const flow = window.Vaadin && window.Vaadin.Flow;
              if (!flow || !flow.clients) return false;
              const clients = Object.values(flow.clients);
              return clients.length > 0
                  && clients.every(c => typeof c.isActive !== 'function' || !c.isActive());
            }""";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    private BrowserContext context;
    private Page page;
    /** Problems found on the way (axe violations, reflow); reported together at the end of a test. */
    private final List<String> problems = new ArrayList<>();
    /** Browser console messages, shown when Vaadin never becomes idle. */
    private final List<String> console = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = CHROMIUM + " is missing: install it with 'apt-get install -y chromium' (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, message + "; skipping the browser test outside CI");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        newSession();
    }

    /** A fresh browser context (no cookies): the next person signs in on their own. */
    private void newSession() {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(WIDE, 900)
                .setLocale("en-GB"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (!"debug".equals(m.type()) && console.size() < 50) {
                console.add(m.type() + ": " + m.text());
            }
        });
        page.onPageError(error -> console.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400 && console.size() < 50) {
                console.add("HTTP " + response.status() + " " + response.request().method() + " " + response.url());
            }
        });
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

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

    private void continueWithoutErrors(String where) {
        String before = page.url() + "|" + h1();
        page.locator("#continue").click();
        waitForVaadin();
        if (page.locator(".error-summary").isVisible()) {
            screenshot("case-unexpected-error.png");
            fail("errors after answering " + where + ": " + page.locator(".error-summary").innerText());
        }
        assertThat(page.url() + "|" + h1()).as("the next page after " + where).isNotEqualTo(before);
    }

    private void fill(String id, String value) {
        page.locator("#" + id + " input").fill(value);
    }

    private void radio(String groupId, String label) {
        Locator option = page.locator("#" + groupId + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(label));
        assertThat(option.count()).as("options of " + groupId + " labelled " + label).isGreaterThan(0);
        option.first().click();
    }

    private String h1() {
        return page.locator("h1").first().textContent().trim();
    }

    private String newParent(String prefix, String name) {
        String email = TestAccounts.uniqueEmail(prefix);
        identity.provisionAccount(AccountKind.PARENT, email, name, PASSWORD, null, null);
        return email;
    }

    /** The latest activation code e-mailed to this address. */
    private String codeMailedTo(String email) {
        String body = jdbc.queryForObject("select body from outbound_mail where recipient = ? order by id desc limit 1",
                String.class, email.toLowerCase());
        Matcher m = Pattern.compile("\\b([A-Z0-9]{4}-[A-Z0-9]{4})\\b").matcher(body);
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

    private void open(String path) {
        page.navigate("http://localhost:" + port + path);
        waitForVaadin();
    }

    /** Waits until Flow has started and has no server round trip in flight (UX.md §5). */
    private void waitForVaadin() {
        try {
            page.waitForFunction(VAADIN_IDLE);
        } catch (PlaywrightException e) {
            String state = String.valueOf(page.evaluate(VAADIN_STATE));
            screenshot("vaadin-not-idle.png");
            throw new AssertionError("Vaadin did not become idle on " + page.url() + " (" + state + "); console: "
                    + console, e);
        }
    }

    /** What the page knows about Flow, for a readable failure when it never becomes idle. */
    private static final String VAADIN_STATE = """
            () => {
              const flow = window.Vaadin && window.Vaadin.Flow;
              const clients = flow && flow.clients ? Object.entries(flow.clients) : [];
              return 'title=' + document.title + ', Vaadin.Flow ' + (flow ? 'present' : 'missing')
                  + ', clients=' + JSON.stringify(clients.map(([k, c]) =>
                      k + ':' + (typeof c.isActive === 'function' ? (c.isActive() ? 'active' : 'idle') : 'no isActive')))
                  + ', body=' + (document.body ? document.body.innerText.slice(0, 200) : '');
            }""";

    private void checkPage(String name) {
        checkPage(name, null);
    }

    /**
     * Runs axe (WCAG 2.2 AA tags) at 1280 px, then at 320 px with the reflow check, and returns
     * to 1280 px. Problems are collected, not thrown, so one run lists all of them. With a
     * screenshot name, saves {@code name.png} (1280 px) and {@code name-320.png}.
     */
    private void checkPage(String name, String screenshot) {
        if (screenshot != null) {
            screenshot(screenshot + ".png");
        }
        axe(name + " at " + WIDE + " px");

        page.setViewportSize(NARROW, 640);
        waitForVaadin();
        if (screenshot != null) {
            screenshot(screenshot + "-" + NARROW + ".png");
        }
        axe(name + " at " + NARROW + " px");
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        if (scrollWidth > NARROW) {
            problems.add("reflow: " + name + " is " + scrollWidth + " px wide at " + NARROW + " px (sticking out: "
                    + page.evaluate(WIDEST_ELEMENTS) + ")");
        }

        page.setViewportSize(WIDE, 900);
        waitForVaadin();
    }

    private void screenshot(String file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file)).setFullPage(true));
    }

    /** The elements that stick out past the viewport, to make a reflow failure readable. */
    private static final String WIDEST_ELEMENTS = """
            () => Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                    + ' right=' + Math.round(e.getBoundingClientRect().right))
                .join(', ')""";

    private void axe(String where) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        if (results.getErrorMessage() != null) {
            problems.add("axe could not run on " + where + ": " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            StringBuilder line = new StringBuilder()
                    .append("axe ").append(rule.getId())
                    .append(" [").append(rule.getImpact()).append("] on ").append(where)
                    .append(": ").append(rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                line.append("\n      target ").append(node.getTarget());
                if (node.getFailureSummary() != null) {
                    line.append(" – ").append(node.getFailureSummary().replaceAll("\\s+", " ").trim());
                }
            }
            problems.add(line.toString());
        }
    }

    private void reportProblems() {
        if (!problems.isEmpty()) {
            fail(problems.size() + " accessibility problem(s):\n  - " + String.join("\n  - ", problems));
        }
    }
}
