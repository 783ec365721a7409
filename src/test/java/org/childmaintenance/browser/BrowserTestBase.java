package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import dev.samstevens.totp.code.DefaultCodeGenerator;
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
 * What every browser journey shares (../shared/UX.md §5): Debian's Chromium driven by Playwright
 * against the portal on a random port, waiting until Vaadin is idle, and {@link #checkPage}: axe-core
 * with the WCAG 2.2 AA tags at 1280 px and 320 px plus the 320 px reflow check, with problems
 * collected and failed together by {@link #reportProblems}. Screenshots go to
 * {@code target/screenshots/}. Without /usr/bin/chromium the tests are skipped, except with CI=true.
 */
// Vaadin's development tools (Copilot) add their own unlabelled controls to every page: keep them
// out, so the browser sees the same markup as in production.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
// Test components (e.g. the ledger fixture) need the test clock.
@Import(TestClockConfig.class)
// A real server on a random port: close it after each class instead of keeping it in Spring's context cache.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class BrowserTestBase {
    protected static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    protected static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    protected static final int WIDE = 1280;
    protected static final int NARROW = 320;

    /** True while every Vaadin Flow client on the page has no request in flight. */
    protected static final String VAADIN_IDLE = """
            () => {
              const flow = window.Vaadin && window.Vaadin.Flow;
              if (!flow || !flow.clients) return false;
              const clients = Object.values(flow.clients);
              return clients.length > 0
                  && clients.every(c => typeof c.isActive !== 'function' || !c.isActive());
            }""";

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;


    protected BrowserContext context;
    protected Page page;
    /** Problems found on the way (axe violations, reflow); reported together at the end of a test. */
    protected final List<String> problems = new ArrayList<>();
    /** Browser console messages, shown when Vaadin never becomes idle. */
    protected final List<String> console = new ArrayList<>();

    @BeforeAll
    protected static void launchBrowser() {
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
    protected static void closeBrowser() {
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
    protected void openPage() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        newSession();
    }

    /** A fresh browser context (no cookies): the next person signs in on their own. */
    protected void newSession() {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(WIDE, 900)
                .setLocale("en-GB"));
        context.setDefaultTimeout(30_000);
        // Content-Security-Policy (base/SecurityHeaders): every blocked script, style or connection is a problem.
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));");
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.text().contains("CSP violation") || m.text().contains("Content Security Policy")) {
                problems.add("CSP: " + m.text() + " on " + page.url());
            }
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
    protected void closePage() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    protected void open(String path) {
        page.navigate("http://localhost:" + port + path);
        waitForVaadin();
    }

    /** Waits until Flow has started and has no server round trip in flight (UX.md §5). */
    protected void waitForVaadin() {
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
    protected static final String VAADIN_STATE = """
            () => {
              const flow = window.Vaadin && window.Vaadin.Flow;
              const clients = flow && flow.clients ? Object.entries(flow.clients) : [];
              return 'title=' + document.title + ', Vaadin.Flow ' + (flow ? 'present' : 'missing')
                  + ', clients=' + JSON.stringify(clients.map(([k, c]) =>
                      k + ':' + (typeof c.isActive === 'function' ? (c.isActive() ? 'active' : 'idle') : 'no isActive')))
                  + ', body=' + (document.body ? document.body.innerText.slice(0, 200) : '');
            }""";

    protected void checkPage(String name) {
        checkPage(name, null);
    }

    /**
     * Runs axe (WCAG 2.2 AA tags) at 1280 px, then at 320 px with the reflow check, and returns
     * to 1280 px. Problems are collected, not thrown, so one run lists all of them. With a
     * screenshot name, saves {@code name.png} (1280 px) and {@code name-320.png}.
     */
    protected void checkPage(String name, String screenshot) {
        if (screenshot != null) {
            screenshot(screenshot + ".png");
        }
        // From the top of the page, as it is first seen: scrolled down, content under the sticky safety exit bar
        // counts as "obscured" for axe's target-size rule.
        page.evaluate("() => window.scrollTo(0, 0)");
        axe(name + " at " + WIDE + " px");

        page.setViewportSize(NARROW, 640);
        waitForVaadin();
        page.evaluate("() => window.scrollTo(0, 0)");
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

    protected void screenshot(String file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file)).setFullPage(true));
    }

    /** The elements that stick out past the viewport, to make a reflow failure readable. */
    protected static final String WIDEST_ELEMENTS = """
            () => Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                    + ' right=' + Math.round(e.getBoundingClientRect().right))
                .join(', ')""";

    protected void axe(String where) {
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

    protected void reportProblems() {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) (accessibility, reflow, CSP):\n  - " + String.join("\n  - ", problems));
        }
    }

    /** The page's first heading. */
    protected String h1() {
        return page.locator("h1").first().textContent().trim();
    }

    /** Types into the text field with this id. */
    protected void fill(String id, String value) {
        page.locator("#" + id + " input").fill(value);
    }

    /** Picks the option of a radio group whose label contains this text. */
    protected void radio(String groupId, String label) {
        Locator option = page.locator("#" + groupId + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(label));
        assertThat(option.count()).as("options of " + groupId + " labelled " + label).isGreaterThan(0);
        option.first().click();
    }

    /** Presses Continue and expects another page without an error summary. */
    protected void continueWithoutErrors(String where) {
        String before = page.url() + "|" + h1();
        page.locator("#continue").click();
        waitForVaadin();
        if (page.locator(".error-summary").isVisible()) {
            screenshot(getClass().getSimpleName() + "-unexpected-error.png");
            fail("errors after answering " + where + ": " + page.locator(".error-summary").innerText());
        }
        assertThat(page.url() + "|" + h1()).as("the next page after " + where).isNotEqualTo(before);
    }

    /** Opens the sign-in page, types the e-mail and password and presses "Sign in". */
    protected void typeSignIn(String email, String password) {
        open("/sign-in");
        page.locator("#email input").fill(email);
        page.locator("#password input").fill(password);
        page.locator("#sign-in").click();
    }

    /**
     * Staff who sign in for the first time are sent to set up two-step sign-in: start it, type the authenticator
     * code for the clock's time, confirm, and wait for the recovery codes.
     */
    protected void setUpTwoStep(java.time.Clock clock) throws Exception {
        page.waitForURL(Pattern.compile(".*/settings/two-step$"));
        waitForVaadin();
        page.locator("#start-two-step").click();
        waitForVaadin();
        String secret = page.locator("#totp-secret").innerText().trim();
        page.locator("#code input").fill(new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30));
        page.locator("#confirm-two-step").click();
        page.locator("#recovery-codes").waitFor();
        waitForVaadin();
    }
}
