package org.childmaintenance.browser;

import com.microsoft.playwright.PlaywrightException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route in a real browser, for every kind of person (issue 17, UX.md §5): the {@code @Route}
 * classes are found on the class path; each role (anonymous, demo parent, employer admin, payroll
 * user, representative, caseworker) starts from its own pages and follows the portal's own links,
 * so parameterised routes are opened with the demo data's ids. Each route is checked once per role
 * with axe-core (WCAG 2.0/2.1/2.2 A and AA) at 1280 and 320 px plus the 320 px reflow check, first
 * in English and then in Welsh ({@code ?lang=cy}); one-question pages are checked again with their
 * errors shown (Continue with nothing entered). One browser, one sign-in per role. Any violation, or
 * a route no role reached, fails the test. Counts are printed per role, width and language.
 */
class AllRoutesAccessibilityBrowserTest extends BrowserTestBase {
    private static final String DEMO_PASSWORD = "demo-password-2026";
    private static final String STAFF_PASSWORD = "harbour-lantern-quartz-29";
    private static final int MAX_PAGES_PER_ROLE = 90;
    /** Links never followed: they change state on a GET or leave the pages being checked. */
    private static final List<String> NEVER_FOLLOW = List.of("/exit", "/sign-out", "/logout", "/VAADIN", "/download");

    /** A11Y_ROLES=parent,caseworker checks only those roles (while fixing); the route coverage check is then off. */
    private static final List<String> ONLY_ROLES = System.getenv("A11Y_ROLES") == null ? null
            : List.of(System.getenv("A11Y_ROLES").split(","));

    /** Public pages: the visitor checks them; signed-in roles open them only when given as a seed. */
    private static final Pattern PUBLIC = Pattern.compile("^/?(options|talk-to-someone|estimate|forgot-password|"
            + "reset-password|register|sign-in|signed-out|sorting-out-separation|help|problem|verify-email)(/.*|\\?.*)?$");

    @Autowired
    IdentityService identity;
    @Autowired
    MutableClock clock;

    record RouteTemplate(String template, Pattern pattern, int parameters) {
    }

    private final List<RouteTemplate> routes = routeTemplates();
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

        checkRole("anonymous", staticRoutes, null);
        checkRole("parent", List.of("/home", "/my-case", "/payments", "/report-a-change", "/messages", "/documents",
                "/complaints", "/settings", "/settings/activity", "/settings/notifications", "/settings/password",
                "/notifications", "/your-safety", "/link-case", "/manage-a-case", "/manage-a-case/nominate",
                "/old-scheme-case/find", "/arrangement", "/arrangement/join", "/apply", "/estimate", "/options",
                "/talk-to-someone/requests", "/messages/new", "/complaints/new", "/sorting-out-separation"),
                () -> signIn("parent@example.com", DEMO_PASSWORD, false));
        checkRole("other parent", List.of("/home", "/my-case", "/payments", "/complaints"),
                () -> signIn("other.parent@example.com", DEMO_PASSWORD, false));
        String admin = TestAccounts.uniqueEmail("a11y-admin");
        identity.provisionAccount(AccountKind.EMPLOYER_USER, admin, "Ada Admin", STAFF_PASSWORD, "Northfield Foods Ltd",
                EmployerRole.ADMIN);
        checkRole("employer admin", List.of("/employer/orders", "/employer/month", "/employer/remittance",
                "/employer/upload", "/employer/documents", "/employer/users", "/messages", "/settings"),
                () -> signIn(admin, STAFF_PASSWORD, true));
        checkRole("payroll", List.of("/employer/orders", "/employer/month", "/employer/upload", "/employer/documents"),
                () -> signIn("payroll@example.com", DEMO_PASSWORD, false));
        checkRole("representative", List.of("/my-clients", "/home", "/manage-a-case/accept"),
                () -> signIn("representative@example.com", DEMO_PASSWORD, false));
        String caseworker = TestAccounts.uniqueEmail("a11y-caseworker");
        identity.provisionAccount(AccountKind.CASEWORKER, caseworker, "Cai Worker", STAFF_PASSWORD, null, null);
        checkRole("caseworker", staticRoutes.stream().filter(p -> p.startsWith("/casework")
                        || p.startsWith("/back-office")).toList(),
                () -> signIn(caseworker, STAFF_PASSWORD, true));
        String partner = TestAccounts.uniqueEmail("a11y-partner");
        identity.provisionAccount(AccountKind.PARTNER_USER, partner, "Pat Partner", STAFF_PASSWORD,
                "Riverside Children's Centre", null);
        checkRole("partner centre", List.of("/partner", "/partner/refer", "/partner/slots"),
                () -> signIn(partner, STAFF_PASSWORD, true));

        Set<String> missed = new TreeSet<>();
        for (RouteTemplate r : routes) {
            if (!reachedBy.containsKey(r.template())) {
                missed.add("/" + r.template());
            }
        }
        System.out.println("=== Accessibility: routes checked (each at " + WIDE + " and " + NARROW
                + " px, in English and Welsh) ===");
        counts.forEach(System.out::println);
        System.out.println("Route templates: " + routes.size() + ", reached: " + reachedBy.size() + ", not reached: "
                + missed);
        reachedBy.forEach((t, roles) -> System.out.println("  /" + t + "  " + roles));
        System.out.printf("Took %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
        if (!missed.isEmpty() && ONLY_ROLES == null) {
            problems.add("routes no role reached: " + missed);
        }
        reportProblems();
    }

    /** Signs in (or not), crawls from the seeds in English, then checks the same pages in Welsh. */
    private void checkRole(String role, List<String> seeds, SignIn signIn) throws Exception {
        if (ONLY_ROLES != null && !ONLY_ROLES.contains(role)) {
            return;
        }
        newSession();
        if (signIn != null) {
            signIn.run();
        }
        Set<String> checkedTemplates = new LinkedHashSet<>();
        // Each route is tried once per role: a link that forwards elsewhere is not followed again.
        Set<String> triedTemplates = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>();
        int errorPages = 0;
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty() && pages.size() < MAX_PAGES_PER_ROLE) {
            String path = queue.poll();
            Optional<RouteTemplate> wanted = templateOf(path);
            if (wanted.isEmpty() || checkedTemplates.contains(wanted.get().template())
                    || !triedTemplates.add(wanted.get().template())) {
                continue;
            }
            if (!tryOpen(path)) {
                continue;
            }
            String landed = currentPath();
            Optional<RouteTemplate> template = templateOf(landed);
            if (template.isEmpty() || !checkedTemplates.add(template.get().template())) {
                continue;
            }
            pages.add(landed);
            System.out.printf("a11y %s %s (%d s)%n", role, landed, (System.nanoTime() - started) / 1_000_000_000L);
            reachedBy.computeIfAbsent(template.get().template(), t -> new TreeSet<>()).add(role);
            checkPage(role + " " + landed + " (en)");
            if (showErrors(role, landed, "en")) {
                errorPages++;
            }
            for (String link : links()) {
                Optional<RouteTemplate> t = templateOf(link);
                if (t.isPresent() && !triedTemplates.contains(t.get().template())
                        && (signIn == null || !PUBLIC.matcher(link).matches())) {
                    queue.add(link);
                }
            }
        }

        // The same pages in Welsh: the choice is kept (cookie, and account when signed in), then put back.
        int welsh = 0;
        int welshErrors = 0;
        for (String path : pages) {
            if (!tryOpen(welsh == 0 ? withParameter(path, "lang=cy") : path)) {
                continue;
            }
            if (welsh == 0 && !"cy".equals(page.locator("html").getAttribute("lang"))) {
                problems.add("<html lang> is not cy after ?lang=cy on " + path + " for " + role);
            }
            welsh++;
            checkPage(role + " " + path + " (cy)");
            if (showErrors(role, path, "cy")) {
                welshErrors++;
            }
        }
        tryOpen(withParameter(pages.isEmpty() ? "/" : pages.get(0), "lang=en"));

        counts.add(String.format("%-16s %3d routes: %3d at %d px + %3d at %d px in English, %3d at %d px + %3d at %d px"
                        + " in Welsh; with errors shown: %d en, %d cy", role, pages.size(), pages.size(), WIDE,
                pages.size(), NARROW, welsh, WIDE, welsh, NARROW, errorPages, welshErrors));
        System.out.println(counts.get(counts.size() - 1));
    }

    /** As the base class, and prints each problem at once, so a long run shows them as it goes. */
    @Override
    protected void axe(String where) {
        int before = problems.size();
        super.axe(where);
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
        if (!currentPath().equals(before) || !page.locator(".error-summary").isVisible()) {
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

    private Optional<RouteTemplate> templateOf(String pathAndQuery) {
        String path = pathAndQuery.replaceFirst("[?#].*$", "").replaceFirst("^/", "").replaceFirst("/$", "");
        return routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
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

    /** Every @Route and @RouteAlias, static ones first so "apply/check-answers" wins over "apply/:step". */
    private static List<RouteTemplate> routeTemplates() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<RouteTemplate> out = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.childmaintenance")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                out.add(template(type.getAnnotation(Route.class).value()));
                for (RouteAlias alias : type.getAnnotationsByType(RouteAlias.class)) {
                    out.add(template(alias.value()));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        out.sort(Comparator.comparingInt(RouteTemplate::parameters).thenComparing(RouteTemplate::template));
        return List.copyOf(out);
    }

    /** "case/:caseId([0-9]+)/x/:id?" → a pattern for the path without its leading slash. */
    static RouteTemplate template(String template) {
        StringBuilder regex = new StringBuilder();
        int parameters = 0;
        boolean first = true;
        for (String segment : template.isEmpty() ? new String[0] : template.split("/")) {
            String slash = first ? "" : "/";
            first = false;
            if (segment.startsWith(":")) {
                parameters++;
                boolean optional = segment.contains("?") && !segment.contains("(") || segment.matches(":[^(]*\\?.*");
                int paren = segment.indexOf('(');
                String value = paren >= 0 ? segment.substring(paren, segment.lastIndexOf(')') + 1) : "[^/]+";
                if (segment.startsWith(":") && segment.replaceFirst("\\(.*$", "").endsWith("*")) {
                    value = ".*";
                }
                regex.append(optional ? "(?:" + slash + value + ")?" : slash + value);
            } else {
                regex.append(slash).append(Pattern.quote(segment));
            }
        }
        return new RouteTemplate(template, Pattern.compile(regex.toString()), parameters);
    }

    @FunctionalInterface
    private interface SignIn {
        void run() throws Exception;
    }
}
