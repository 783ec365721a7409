package org.childmaintenance.browser;

import com.microsoft.playwright.PlaywrightException;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.EmployerRole;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route in a real browser, for every kind of person (issue 17, UX.md §5): the {@code @Route}
 * classes are found on the class path; each role (anonymous, demo parent, other parent, employer
 * admin, payroll user, representative, caseworker, partner centre) starts from its own pages and
 * follows the portal's own links, so parameterised routes are opened with the demo data's ids. Each
 * route is checked once per role with axe-core (WCAG 2.0/2.1/2.2 A and AA) at 1280 and 320 px plus
 * the 320 px reflow check, first in English and then in Welsh ({@code ?lang=cy}); one-question pages
 * are checked again with their errors shown (Continue with nothing entered), pages with a date picker
 * or a select again with its pop-up open, and for signed-in roles the session time-out warning (the
 * portal's only dialog) once in each language. One browser page, one sign-in per role; each page is
 * opened once per language and checked at both widths on that visit. Pages that only answers or
 * buttons lead to (the options questions, talking to someone, an application's "check your answers"
 * and "sent", the steps of an arrangement being made, a phone number's code, the sorting-out results,
 * an appeal) are reached by {@link RouteJourneys}, and checked the same way on the way. Any violation,
 * or a route no role reached that is not on {@link #NOT_REACHED_ALLOWED} with its reason, fails the
 * test (when every role is run). Counts are printed per role, width and language, and the routes not
 * reached at the end.
 */
class AllRoutesAccessibilityBrowserTest extends BrowserTestBase {
    private static final String DEMO_PASSWORD = "demo-password-2026";
    private static final String STAFF_PASSWORD = "harbour-lantern-quartz-29";
    private static final int MAX_PAGES_PER_ROLE = 90;
    /** Links never followed: they change state on a GET or leave the pages being checked. */
    private static final List<String> NEVER_FOLLOW = List.of("/exit", "/sign-out", "/logout", "/VAADIN", "/download");

    private static final List<String> LANGUAGES = List.of("en", "cy");
    /**
     * A11Y_ROLES=parent,caseworker checks only those roles (while fixing, or a run split by role); the route
     * coverage check is then off. A role may name its languages after a colon: "payroll:cy" finds and checks
     * that role's pages in Welsh only, "parent:en" in English only (default: English, then Welsh).
     */
    private static final Map<String, List<String>> ONLY_ROLES = roles(System.getenv("A11Y_ROLES"));

    /** Route templates no role reaches, each with why (the test fails on any other route not reached). */
    private static final Map<String, String> NOT_REACHED_ALLOWED = Map.of();

    /** Public pages: the visitor checks them; signed-in roles open them only when given as a seed. */
    private static final Pattern PUBLIC = Pattern.compile("^/?(options|talk-to-someone|estimate|forgot-password|"
            + "reset-password|register|sign-in|signed-out|sorting-out-separation|help|problem|verify-email)(/.*|\\?.*)?$");

    @Autowired
    IdentityService identity;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final List<RouteTemplates.RouteTemplate> routes = RouteTemplates.all();
    private final Map<String, Set<String>> reachedBy = new LinkedHashMap<>();
    private final List<String> counts = new ArrayList<>();
    private final long started = System.nanoTime();

    @Test
    void every_route_passes_axe_at_both_widths_in_english_and_welsh_for_every_role() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ONLY_ROLES != null || "true".equals(System.getenv("A11Y_ALL_ROUTES")),
                "on demand (A11Y_ALL_ROUTES=true or A11Y_ROLES=...): every route x 2 widths x 2 languages takes longer"
                        + " than the CI budget on 2 cores; the journeys' own axe checks run in every build");
        List<String> staticRoutes = routes.stream().filter(r -> r.parameters() == 0)
                .map(r -> "/" + r.template()).toList();

        String twoStep = withTwoStepSignIn();
        checkRole("anonymous", staticRoutes, null, List.of(RouteJourneys::optionsNotSafe, RouteJourneys::optionsEnds,
                RouteJourneys::talkCallBack, RouteJourneys::talkAppointment, RouteJourneys::sortingOut,
                d -> RouteJourneys.secondStepOfSignIn(d, twoStep, STAFF_PASSWORD)));
        checkRole("parent", List.of("/home", "/my-case", "/payments", "/report-a-change", "/messages", "/documents",
                "/complaints", "/settings", "/settings/activity", "/settings/notifications", "/settings/password",
                "/notifications", "/your-safety", "/link-case", "/manage-a-case", "/manage-a-case/nominate",
                "/old-scheme-case/find", "/arrangement", "/arrangement/join", "/apply", "/estimate", "/options",
                "/talk-to-someone/requests", "/messages/new", "/complaints/new", "/sorting-out-separation",
                // Opened by buttons, not links: Alex receives on the demo case (1), where Sam's deduction order
                // enforces his arrears and Sam has asked us to look again at the decision.
                "/case/1/enforcement", "/case/1/deductions", "/disputes/case/1/ask",
                // Linked from "your requests", a public page whose links a signed-in crawl does not follow.
                "/talk-to-someone/requests/2/cancel"),
                () -> signIn("parent@example.com", DEMO_PASSWORD, false),
                List.of(RouteJourneys::phoneCode, RouteJourneys::arrangementBeingMade, RouteJourneys::application));
        checkRole("other parent", List.of("/home", "/my-case", "/payments", "/complaints",
                // Sam pays on the demo case: his enforcement steps (the deduction order) and his details' questions.
                "/case/1/enforcement", "/my-case/1/your-details"),
                () -> signIn("other.parent@example.com", DEMO_PASSWORD, false), List.of());
        // Nina Patel's reconsideration was decided (demo data): only her disputes page and the appeal it links to.
        long ninaCase = jdbc.queryForObject("select id from cm_case where reference = '121000000102'", Long.class);
        checkRole("appealing parent", List.of("/disputes/case/" + ninaCase),
                () -> signIn("nina.patel@example.com", DEMO_PASSWORD, false),
                List.of(d -> RouteJourneys.appeal(d, ninaCase)), 1);
        String admin = TestAccounts.uniqueEmail("a11y-admin");
        identity.provisionAccount(AccountKind.EMPLOYER_USER, admin, "Ada Admin", STAFF_PASSWORD, "Northfield Foods Ltd",
                EmployerRole.ADMIN);
        checkRole("employer admin", List.of("/employer/orders", "/employer/month", "/employer/remittance",
                "/employer/upload", "/employer/documents", "/employer/users", "/messages", "/settings"),
                () -> signIn(admin, STAFF_PASSWORD, true), List.of());
        checkRole("payroll", List.of("/employer/orders", "/employer/month", "/employer/upload", "/employer/documents"),
                () -> signIn("payroll@example.com", DEMO_PASSWORD, false), List.of());
        checkRole("representative", List.of("/my-clients", "/home", "/manage-a-case/accept"),
                () -> signIn("representative@example.com", DEMO_PASSWORD, false), List.of());
        String caseworker = TestAccounts.uniqueEmail("a11y-caseworker");
        identity.provisionAccount(AccountKind.CASEWORKER, caseworker, "Cai Worker", STAFF_PASSWORD, null, null);
        checkRole("caseworker", staticRoutes.stream().filter(p -> p.startsWith("/casework")
                        || p.startsWith("/back-office")).toList(),
                () -> signIn(caseworker, STAFF_PASSWORD, true), List.of());
        String partner = TestAccounts.uniqueEmail("a11y-partner");
        identity.provisionAccount(AccountKind.PARTNER_USER, partner, "Pat Partner", STAFF_PASSWORD,
                "Riverside Children's Centre", null);
        checkRole("partner centre", List.of("/partner", "/partner/refer", "/partner/slots"),
                () -> signIn(partner, STAFF_PASSWORD, true), List.of());

        Set<String> missed = new TreeSet<>();
        for (RouteTemplates.RouteTemplate r : routes) {
            if (!reachedBy.containsKey(r.template()) && !NOT_REACHED_ALLOWED.containsKey(r.template())) {
                missed.add("/" + r.template());
            }
        }
        System.out.println("=== Accessibility: routes checked (each at " + WIDE + " and " + NARROW + " px) ===");
        counts.forEach(System.out::println);
        System.out.println("Route templates: " + routes.size() + ", reached: " + reachedBy.size() + ", not reached: "
                + missed);
        reachedBy.forEach((t, roles) -> System.out.println("  /" + t + "  " + roles));
        NOT_REACHED_ALLOWED.forEach((t, why) -> System.out.println("Allowed not to be reached: /" + t + " (" + why + ")"
                + (reachedBy.containsKey(t) ? " but it WAS reached: take it off the allow-list" : "")));
        System.out.printf("Took %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
        if (!missed.isEmpty() && ONLY_ROLES == null) {
            problems.add("routes no role reached: " + missed);
        }
        reportProblems();
    }

    /**
     * Signs in (or not), crawls from the seeds in the role's first language checking each page as it is
     * found (with errors shown and pop-ups open), then the same pages in its other language, then the
     * session time-out warning in each language. The language is chosen with ?lang= at the start of each pass (kept in a
     * cookie, and on the account when signed in) and put back to English at the end.
     */
    private void checkRole(String role, List<String> seeds, SignIn signIn, List<RouteJourneys.Journey> journeys)
            throws Exception {
        checkRole(role, seeds, signIn, journeys, MAX_PAGES_PER_ROLE);
    }

    private void checkRole(String role, List<String> seeds, SignIn signIn, List<RouteJourneys.Journey> journeys,
                           int maxPages) throws Exception {
        if (ONLY_ROLES != null && !ONLY_ROLES.containsKey(role)) {
            return;
        }
        List<String> languages = ONLY_ROLES == null ? LANGUAGES : ONLY_ROLES.get(role);
        long roleStarted = System.nanoTime();
        newSession();
        if (signIn != null) {
            signIn.run();
        }
        Map<String, int[]> tally = new LinkedHashMap<>();
        String language = languages.get(0);
        int[] first = tally.computeIfAbsent(language, l -> new int[4]);
        switchLanguage(role, seeds.get(0), language);
        Set<String> checkedTemplates = new LinkedHashSet<>();
        // Each route is tried once per role: a link that forwards elsewhere is not followed again.
        Set<String> triedTemplates = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty() && pages.size() < maxPages) {
            String path = queue.poll();
            Optional<RouteTemplates.RouteTemplate> wanted = templateOf(path);
            if (wanted.isEmpty() || checkedTemplates.contains(wanted.get().template())
                    || !triedTemplates.add(wanted.get().template())) {
                continue;
            }
            if (!tryOpen(path)) {
                continue;
            }
            String landed = currentPath();
            Optional<RouteTemplates.RouteTemplate> template = templateOf(landed);
            if (template.isEmpty() || !checkedTemplates.add(template.get().template())) {
                continue;
            }
            pages.add(landed);
            System.out.printf("a11y %s %s (%d s)%n", role, landed, (System.nanoTime() - started) / 1_000_000_000L);
            reachedBy.computeIfAbsent(template.get().template(), t -> new TreeSet<>()).add(role);
            checkHere(role, landed, language, first);
            for (String link : links()) {
                Optional<RouteTemplates.RouteTemplate> t = templateOf(link);
                if (t.isPresent() && !triedTemplates.contains(t.get().template())
                        && (signIn == null || !PUBLIC.matcher(link).matches())) {
                    queue.add(link);
                }
            }
        }

        // The same pages in the other language.
        for (String other : languages.subList(1, languages.size())) {
            int[] numbers = tally.computeIfAbsent(other, l -> new int[4]);
            boolean switched = false;
            for (String path : pages) {
                if (!switched) {
                    switched = switchLanguage(role, path, other);
                    if (!switched) {
                        continue;
                    }
                } else if (!tryOpen(path)) {
                    continue;
                }
                checkHere(role, path, other, numbers);
            }
        }

        // Pages only answers or buttons lead to: each journey checks them in every language as it goes.
        List<String> journeyPages = new ArrayList<>();
        for (RouteJourneys.Journey journey : journeys) {
            if (signIn == null) {
                newSession(); // a journey's answers are kept in the session: each visitor starts afresh
            }
            runJourney(role, journey, languages, tally, checkedTemplates, journeyPages);
        }

        // The session time-out warning (signed-in roles) in the last language, then, with English put back, in
        // English.
        String last = languages.get(languages.size() - 1);
        if (signIn != null && !journeyPages.isEmpty() && !pages.isEmpty()) {
            switchLanguage(role, pages.get(0), last); // the journeys ended in English
        }
        if (signIn != null) {
            tally.get(last)[3] += sessionWarning(role, last);
        }
        tryOpen(withParameter(pages.isEmpty() ? "/" : pages.get(0), "lang=en"));
        if (signIn != null && !"en".equals(last) && tally.containsKey("en")) {
            tally.get("en")[3] += sessionWarning(role, "en");
        }

        pages.addAll(journeyPages);
        StringBuilder line = new StringBuilder(String.format("%-16s %3d routes:", role, pages.size()));
        tally.forEach((l, c) -> line.append(String.format(" %s %3d at %d px + %3d at %d px, with errors shown %2d,"
                + " pop-ups open %2d, session warning %d;", l, c[0], WIDE, c[0], NARROW, c[1], c[2], c[3])));
        line.append(String.format(" %d s", (System.nanoTime() - roleStarted) / 1_000_000_000L));
        counts.add(line.toString());
        System.out.println(line);
        System.out.println("a11y routes of " + role + ": " + String.join(", ", pages));
    }

    /**
     * Runs a journey (in English, as its answers are written); every page it stops at is checked, if this role
     * has not checked its route yet, in each of the role's languages (the page opened again with ?lang=), then
     * opened in English again for the journey to go on. A journey that cannot go on is a problem.
     */
    private void runJourney(String role, RouteJourneys.Journey journey, List<String> languages, Map<String, int[]> tally,
                            Set<String> checkedTemplates, List<String> journeyPages) {
        RouteJourneys.Driver driver = new RouteJourneys.Driver() {
            @Override
            public com.microsoft.playwright.Page page() {
                return page;
            }

            @Override
            public void open(String path) {
                AllRoutesAccessibilityBrowserTest.this.open(withParameter(path, "lang=en"));
            }

            @Override
            public String lastMailTo(String email) {
                return org.childmaintenance.notification.OutboxProbe.lastBodyTo(jdbc, email);
            }

            @Override
            public void waitForVaadin() {
                AllRoutesAccessibilityBrowserTest.this.waitForVaadin();
            }

            @Override
            public void visit() {
                String landed = currentPath();
                Optional<RouteTemplates.RouteTemplate> template = templateOf(landed);
                if (template.isEmpty() || !checkedTemplates.add(template.get().template())) {
                    return;
                }
                journeyPages.add(landed);
                System.out.printf("a11y %s %s (journey, %d s)%n", role, landed, (System.nanoTime() - started) / 1_000_000_000L);
                reachedBy.computeIfAbsent(template.get().template(), t -> new TreeSet<>()).add(role);
                for (String language : languages) {
                    String there = withParameter(landed.replaceFirst("[?&]lang=[a-z]+", ""), "lang=" + language);
                    AllRoutesAccessibilityBrowserTest.this.open(there);
                    if (!template.equals(templateOf(currentPath()))) {
                        problems.add("opened again with ?lang=" + language + ", " + landed + " became " + currentPath()
                                + " for " + role);
                        continue;
                    }
                    checkHere(role, landed, language, tally.computeIfAbsent(language, l -> new int[4]));
                }
                AllRoutesAccessibilityBrowserTest.this.open(withParameter(
                        landed.replaceFirst("[?&]lang=[a-z]+", ""), "lang=en"));
            }
        };
        try {
            journey.run(driver);
        } catch (PlaywrightException | AssertionError e) {
            problems.add("a journey of " + role + " stopped on " + currentPath() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            System.out.println("a11y problem: " + problems.get(problems.size() - 1));
        }
    }

    /** The page as it is, with its errors shown (one-question pages) and with its pop-ups open. */
    private void checkHere(String role, String path, String language, int[] counts) {
        int before = problems.size();
        String name = role + " " + path + " (" + language + ")";
        checkPage(name);
        counts[0]++;
        if (showErrors(role, path, language)) {
            counts[1]++;
        }
        counts[2] += checkOverlays(name);
        printProblemsSince(before);
    }

    /** The session time-out warning on the page the pass ended on (signed-in roles). */
    private int sessionWarning(String role, String language) {
        int before = problems.size();
        boolean shown = checkSessionWarning(role + " " + currentPath() + " (" + language + ")", language);
        printProblemsSince(before);
        return shown ? 1 : 0;
    }

    /** Opens the page with ?lang=; the page must then be drawn in that language ({@code <html lang>}). */
    private boolean switchLanguage(String role, String path, String language) {
        if (!tryOpen(withParameter(path, "lang=" + language))) {
            return false;
        }
        String lang = page.locator("html").getAttribute("lang");
        if (!language.equals(lang)) {
            problems.add("<html lang> is " + lang + ", not " + language + ", after ?lang=" + language + " on " + path
                    + " for " + role);
        }
        return true;
    }

    /** "payroll:cy,caseworker" → payroll in Welsh only, the caseworker in English then Welsh; null for none. */
    static Map<String, List<String>> roles(String spec) {
        if (spec == null || spec.isBlank()) {
            return null;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] nameAndLanguages = part.trim().split(":");
            out.put(nameAndLanguages[0].trim(), nameAndLanguages.length > 1
                    ? List.of(nameAndLanguages[1].trim().split("\\+")) : LANGUAGES);
        }
        return out;
    }

    /** Prints the problems found since {@code before} at once, so a long run shows them as it goes. */
    private void printProblemsSince(int before) {
        problems.subList(before, problems.size()).forEach(p -> System.out.println("a11y problem: " + p));
    }

    /** On a one-question page, Continue with nothing entered, then the page with its errors is checked. */
    private boolean showErrors(String role, String path, String language) {
        if (page.locator("#continue").count() != 1 || !page.locator("#continue").isVisible()) {
            return false;
        }
        String before = currentPath();
        page.locator("#continue").click();
        waitForVaadin();
        if (!currentPath().equals(before)) {
            tryOpen(before); // the page had an answer already and moved on: back to where the check was
            return false;
        }
        if (!page.locator(".error-summary").isVisible()) {
            return false;
        }
        checkPage(role + " " + path + " with errors (" + language + ")");
        return true;
    }

    private boolean tryOpen(String path) {
        try {
            open(path);
            return true;
        } catch (PlaywrightException | AssertionError e) {
            problems.add("could not open " + path + ": " + e.getMessage().lines().findFirst().orElse(""));
            System.out.println("a11y problem: " + problems.get(problems.size() - 1));
            return false;
        }
    }

    private String currentPath() {
        URI uri = URI.create(page.url());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String withParameter(String path, String parameter) {
        return path + (path.contains("?") ? "&" : "?") + parameter;
    }

    /** The portal's own links on the page (anchors, router links, also inside open shadow roots). */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) page.evaluate("""
                () => {
                  const out = [];
                  const walk = root => root.querySelectorAll('*').forEach(e => {
                    if (e.tagName === 'A' && e.href) out.push(e.href);
                    if (e.getAttribute && e.getAttribute('path') !== null) out.push(new URL(e.getAttribute('path'), location.href).href);
                    if (e.shadowRoot) walk(e.shadowRoot);
                  });
                  walk(document);
                  return out;
                }""");
        String origin = "http://localhost:" + port;
        List<String> out = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(origin)) {
                continue;
            }
            String path = href.substring(origin.length()).replaceFirst("#.*$", "");
            if (path.isEmpty() || path.contains("lang=") || NEVER_FOLLOW.stream().anyMatch(path::startsWith)) {
                continue;
            }
            out.add(path);
        }
        return out;
    }

    private Optional<RouteTemplates.RouteTemplate> templateOf(String pathAndQuery) {
        String path = pathAndQuery.replaceFirst("[?#].*$", "").replaceFirst("^/", "").replaceFirst("/$", "");
        return routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
    }

    /** A parent who has turned two-step sign-in on (through the service, as the settings page does). */
    private String withTwoStepSignIn() throws Exception {
        String email = TestAccounts.uniqueEmail("a11y-two-step");
        long id = identity.provisionAccount(AccountKind.PARENT, email, "Tess Jones", STAFF_PASSWORD, null, null);
        org.childmaintenance.identity.PortalUser user = identity.reload(id);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.authorities()));
        try {
            String secret = identity.startTwoFactorSetup().secret();
            identity.confirmTwoFactor(new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        return email;
    }

    private void signIn(String email, String password, boolean twoStep) throws Exception {
        open("/sign-in");
        page.locator("#email input").fill(email);
        page.locator("#password input").fill(password);
        page.locator("#sign-in").click();
        if (twoStep) {
            page.waitForURL(Pattern.compile(".*/settings/two-step$"));
            waitForVaadin();
            page.locator("#start-two-step").click();
            waitForVaadin();
            String secret = page.locator("#totp-secret").innerText().trim();
            page.locator("#code input").fill(new DefaultCodeGenerator()
                    .generate(secret, clock.instant().getEpochSecond() / 30));
            page.locator("#confirm-two-step").click();
            page.locator("#recovery-codes").waitFor();
        } else {
            page.waitForURL(url -> !url.contains("/sign-in"));
        }
        waitForVaadin();
    }

    @FunctionalInterface
    private interface SignIn {
        void run() throws Exception;
    }
}
