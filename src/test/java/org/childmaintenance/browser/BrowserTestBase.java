package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import dev.samstevens.totp.code.DefaultCodeGenerator;
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

    /**
     * The pop-ups a page opens over itself: a date picker's calendar (a dialog) and a select's list (the
     * portal has no other dialogs). The first of each in the page's main part is opened, checked with axe
     * at 1280 px and at 320 px (with the reflow check), and closed. Returns how many were checked.
     */
    protected int checkOverlays(String name) {
        int checked = 0;
        for (String[] kind : new String[][] {{"vaadin-date-picker", "calendar"}, {"vaadin-select", "list"}}) {
            Locator field = page.locator("main " + kind[0]).first();
            if (field.count() == 0 || !field.isVisible()) {
                continue;
            }
            for (int width : new int[] {WIDE, NARROW}) {
                page.setViewportSize(width, width == WIDE ? 900 : 640);
                page.evaluate("() => window.scrollTo(0, 0)");
                field.evaluate("e => { e.opened = true; }");
                try {
                    page.waitForFunction("e => e.opened", field.elementHandle(),
                            new Page.WaitForFunctionOptions().setTimeout(5_000));
                } catch (PlaywrightException e) {
                    problems.add("the " + kind[1] + " of " + kind[0] + " did not open on " + name);
                    break;
                }
                // The overlay draws itself (a calendar its months) after opening.
                page.waitForTimeout(400);
                String where = name + " with the " + kind[1] + " open at " + width + " px";
                axe(where);
                if (width == NARROW) {
                    int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
                    if (scrollWidth > NARROW) {
                        problems.add("reflow: " + where + " is " + scrollWidth + " px wide (sticking out: "
                                + page.evaluate(WIDEST_ELEMENTS) + ")");
                    }
                }
                field.evaluate("e => { e.opened = false; }");
            }
            page.setViewportSize(WIDE, 900);
            waitForVaadin();
            checked++;
        }
        return checked;
    }

    /**
     * The warning shown 5 minutes before a signed-in person is signed out for doing nothing (an
     * alertdialog, session-timeout.js): the page's clock is moved on 26 minutes, the warning must then
     * show, in the page's language, with focus on its button, and pass the checks at both widths.
     */
    protected boolean checkSessionWarning(String name, String language) {
        // Date.now() of this document only runs 26 minutes ahead (Playwright's clock would freeze time for the whole
        // browser context, and Vaadin's client then never became idle on the next page).
        page.evaluate("() => { const real = Date.now.bind(Date); Date.now = () => real() + 26 * 60000; }");
        Locator warning = page.locator(".session-warning");
        try {
            // The script looks every 15 seconds.
            warning.waitFor(new Locator.WaitForOptions().setTimeout(40_000));
        } catch (PlaywrightException e) {
            problems.add("the session time-out warning did not show on " + name);
            return false;
        }
        if (!Boolean.TRUE.equals(page.evaluate("() => !!document.activeElement"
                + " && !!document.activeElement.closest('.session-warning')"))) {
            problems.add("focus is not in the session time-out warning on " + name);
        }
        String text = warning.innerText();
        if (!"en".equals(language) && text.contains("sign you out")) {
            problems.add("the session time-out warning is in English on " + name + ": " + text);
        }
        checkPage(name + " with the session time-out warning open");
        return true;
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

    /**
     * Runs axe-core in the page with the WCAG tags and adds each violation to {@link #problems}. axe's
     * script (from the axe-core Playwright library) is put into the page once per document and run
     * there directly, asking for violations only: the library's {@code AxeBuilder} injected it again on
     * every call, sent every pass back and opened a new browser page to finish each run, which made a
     * check take seconds under load. The rules run are the same (the tags, every node, every frame of
     * the same origin).
     */
    @SuppressWarnings("unchecked")
    protected void axe(String where) {
        List<Map<String, Object>> violations;
        try {
            if (Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'undefined'"))) {
                page.evaluate("() => {" + AXE_SOURCE + "}");
            }
            violations = (List<Map<String, Object>>) page.evaluate(AXE_RUN, WCAG_TAGS);
        } catch (PlaywrightException e) {
            problems.add("axe could not run on " + where + ": " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        for (Map<String, Object> rule : violations) {
            StringBuilder line = new StringBuilder()
                    .append("axe ").append(rule.get("id"))
                    .append(" [").append(rule.get("impact")).append("] on ").append(where)
                    .append(": ").append(rule.get("help"));
            for (Map<String, Object> node : (List<Map<String, Object>>) rule.get("nodes")) {
                line.append("\n      target ").append(node.get("target"));
                String summary = String.valueOf(node.get("summary"));
                if (!summary.isBlank()) {
                    line.append(" – ").append(summary.replaceAll("\\s+", " ").trim());
                }
            }
            problems.add(line.toString());
        }
    }

    /** axe-core's script, read once from the axe-core Playwright library. */
    protected static final String AXE_SOURCE = AxeBuilder.getAxeScript();

    /** Runs axe on the whole document for the given tags; returns its violations as plain values. */
    private static final String AXE_RUN = """
            async tags => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return r.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help,
                  nodes: v.nodes.map(n => ({ target: JSON.stringify(n.target), summary: n.failureSummary || '' })) }));
            }""";

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
        try {
            // the address can change a moment before the new page's fields arrive
            option.first().waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError notThere) {
            // the assertion below says which option was missing
        }
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
