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
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.childmaintenance.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Smoke test in a real browser (Debian's Chromium driven by Playwright): the parent signs in and
 * reaches the home page, and the register page shows its error summary. Every page it opens is
 * checked with axe-core for WCAG 2.2 AA at 1280 px and at 320 px, and for reflow at 320 px
 * (../shared/UX.md §5). Screenshots go to {@code target/screenshots/}.
 */
// Vaadin's development tools (Copilot) add their own unlabelled controls to every page: keep them
// out, so the browser sees the same markup as in production.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
// Test components (e.g. the ledger fixture) need the test clock.
@Import(TestClockConfig.class)
// No other test shares this context (real server on a random port): close it after this class
// instead of keeping its Tomcat, port and database pool in Spring's context cache.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BrowserSmokeTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final int WIDE = 1280;
    private static final int NARROW = 320;
    private static final String PARENT_EMAIL = "parent@example.com";
    private static final String DEMO_PASSWORD = "demo-password-2026";

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
        // Also set by Surefire; repeated here so the test runs the same from an IDE.
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
        }
    }

    @Test
    void parentSignsInAndSeesTheHomePage() {
        open("/");
        assertThat(page.locator("h1").first().textContent()).isNotBlank();
        checkPage("start page");

        page.locator("#start-sign-in").click();
        page.waitForURL(Pattern.compile(".*/sign-in$"));
        waitForVaadin();
        assertThat(page.locator("h1").textContent()).isEqualTo("Sign in");
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
        waitForVaadin();
        checkPage("options: first question");

        signInAsDemoParent();
        open("/arrangement");
        checkPage("arrangement: list");
        page.locator("a[id^=open-]").first().click();
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
