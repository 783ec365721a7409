package org.childmaintenance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguageChoice;
import org.childmaintenance.support.EnglishNarration;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 17: every route, opened in Welsh (a visitor's "portal-lang=cy" cookie, as the language switch leaves
 * it) by each demo person allowed to see it, with demo data so the pages have content. Fails on a missing
 * key ("!key") or on English fallback text: a text on the page that is the English text of a key whose
 * Welsh differs. Writes what it saw to target/welsh-routes.txt, with texts that look English for review.
 */
class WelshRoutesViewTest extends KaribuTest {
    static final String ANONYMOUS = "anonymous";
    /** The demo account that opens the routes of each role (README.md lists them). */
    static final Map<String, List<String>> ACCOUNTS_OF_ROLE = Map.of(
            "PARENT", List.of("parent@example.com"),
            "EMPLOYER", List.of("employer.admin@example.com", "payroll@example.com"),
            "EMPLOYER_ADMIN", List.of("employer.admin@example.com"),
            "EMPLOYER_PAYROLL", List.of("payroll@example.com"),
            "REPRESENTATIVE", List.of("representative@example.com"),
            "CASEWORKER", List.of("caseworker@example.com"),
            "PARTNER", List.of("partner@example.com"));
    private static final Pattern MISSING_KEY = Pattern.compile("!([a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+)");
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "\\b(the|your|you|and|with|this|please|enter|continue|what|when|have|has|will|not)\\b",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcTemplate jdbc;
    /** The demo accounts' own language choices before this test (put back after it). */
    private final Map<String, String> chosenBefore = new LinkedHashMap<>();

    @org.junit.jupiter.api.AfterEach
    void putBackTheirLanguages() {
        chosenBefore.forEach((email, language) -> jdbc.update("UPDATE account SET language = ? WHERE email = ?", language, email));
    }

    @Test
    void every_route_in_welsh_has_no_english_fallback_and_no_missing_key() throws IOException {
        EnglishTexts english = EnglishTexts.load();
        Set<String> englishData = englishOnlyData();
        Set<String> dataShown = new TreeSet<>();
        Map<String, List<String>> visits = visitsByAccount();
        Map<String, Integer> countByAccount = new TreeMap<>();
        Map<String, Integer> refusedByAccount = new TreeMap<>();
        Map<String, Set<String>> problems = new TreeMap<>();
        Set<String> looksEnglish = new TreeSet<>();
        List<String> log = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : visits.entrySet()) {
            String account = e.getKey();
            openAs(account);
            for (String location : e.getValue()) {
                String shown;
                try {
                    UI.getCurrent().navigate(location);
                    shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass()
                            .getSimpleName().replaceAll("\\$\\$.*", "");
                } catch (RuntimeException ex) {
                    shown = "FAILED " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
                    problems.computeIfAbsent(account + " /" + location, k -> new TreeSet<>()).add(shown);
                    openAs(account);
                }
                countByAccount.merge(account, 1, Integer::sum);
                if (shown.contains("AccessDenied") || shown.contains("PageNotFound")) {
                    refusedByAccount.merge(account, 1, Integer::sum); // still checked: the refusal page is in Welsh too
                }
                assertThat(UI.getCurrent().getLocale()).as("the page's language").isEqualTo(Language.WELSH.locale());
                List<String> texts = pageTexts();
                for (String text : texts) {
                    Matcher m = MISSING_KEY.matcher(text);
                    if (m.find()) {
                        problems.computeIfAbsent(account + " /" + location, k -> new TreeSet<>()).add("missing key " + m.group());
                    }
                    if (englishData.contains(text) || location.startsWith(OUTBOX) || location.startsWith(FAILED_SENDS)) {
                        english.keyOf(text).ifPresent(key -> dataShown.add(text + "   [/" + location + "]"));
                        continue;
                    }
                    english.keyOf(text).ifPresent(key -> problems.computeIfAbsent(account + " /" + location,
                            k -> new TreeSet<>()).add("English text of " + key + ": " + text));
                    if (ENGLISH_WORDS.matcher(text).results().count() >= 2) {
                        looksEnglish.add(text.replace('\n', ' ') + "   [/" + location + "]");
                    }
                }
                for (String explanation : englishExplanations()) {
                    problems.computeIfAbsent(account + " /" + location, k -> new TreeSet<>()).add(explanation);
                }
                log.add(account + "\t/" + location + "\t" + shown + "\t" + texts.size() + " texts");
            }
        }
        log.addFirst("Of these, refused or not found (a role's link the demo person may not open): " + refusedByAccount);
        looksEnglish.add("---- stored in English only (known, see englishOnlyData):");
        looksEnglish.addAll(dataShown);
        report(countByAccount, log, problems, looksEnglish);
        assertThat(countByAccount.values().stream().mapToInt(Integer::intValue).sum()).as("pages opened")
                .isGreaterThan(140);
        assertThat(problems).as("pages with a missing key or English text (see target/welsh-routes.txt)").isEmpty();
    }

    /**
     * A calculation's explanation on the page (My case, the estimate, a case record's decisions) that is in English:
     * it matches no key, so the fallback check above cannot see it.
     */
    static List<String> englishExplanations() {
        List<String> found = new ArrayList<>();
        List<Element> roots = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(c -> roots.add(c.getElement()));
        for (Element root : roots) {
            explanations(root, found);
        }
        return found;
    }

    private static void explanations(Element e, List<String> found) {
        String id = e.getAttribute("id");
        if (id != null && (id.equals("how-worked-out") || id.equals("breakdown") || id.matches("decision-\\d+"))) {
            String text = String.join(" ", texts(e));
            List<String> english = EnglishNarration.in(text);
            if (!english.isEmpty()) {
                found.add("English explanation in #" + id + " " + english + ": " + text.substring(0, Math.min(200, text.length())));
            }
            return;
        }
        e.getChildren().forEach(c -> explanations(c, found));
    }

    /** The casework outbox lists mails as they were sent: each in its recipient's language, not the page's. */
    static final String OUTBOX = "casework/outbox";
    /** Mails and texts that could not be sent: listed with the subject they were written with, as the outbox. */
    static final String FAILED_SENDS = "casework/could-not-send";

    /**
     * Texts stored in English only, shown on Welsh pages as they are: the back office's signposting topics that have
     * no Welsh version yet (shown marked lang="en" under a Welsh note; WelshSignpostingViewTest) and a decision's reason
     * typed by a person (a caseworker's revision, a
     * parent's change summary). Listed in the report, not failed. The service's own reasons, notice titles and
     * parentage notes are shown in Welsh (Texts.stored), and a decision's worked explanation is checked by
     * {@link #englishExplanations}.
     */
    private Set<String> englishOnlyData() {
        Set<String> data = new java.util.HashSet<>();
        for (String sql : List.of("select title from signposting_topic", "select summary from signposting_topic",
                "select who_helps from signposting_topic", "select source_name from signposting_topic",
                "select reason from cm_decision where reason not in ('" + String.join("', '", systemReasons()) + "')")) {
            for (String value : jdbc.queryForList(sql, String.class)) {
                if (value != null) {
                    add(value, data);
                }
            }
        }
        return data;
    }

    /** The service's own decision reasons (shown in the reader's language), in English and Welsh. */
    private static List<String> systemReasons() {
        List<String> reasons = new ArrayList<>();
        for (String key : List.of("decision.reason.initial", "decision.reason.default", "decision.reason.review",
                "decision.reason.recalculation")) {
            for (Language l : Language.values()) {
                reasons.add(org.childmaintenance.base.Texts.t(l, key).replace("'", "''"));
            }
        }
        return reasons;
    }

    private static void add(String text, Set<String> out) {
        List<String> lines = new ArrayList<>();
        add(text, lines);
        out.addAll(lines);
    }

    @Test
    void the_english_check_sees_fallback_texts_and_placeholders() throws IOException {
        EnglishTexts english = EnglishTexts.load();
        assertThat(english.keyOf("Continue")).isPresent();
        assertThat(english.keyOf("Parhau")).isEmpty();
        assertThat(english.keyOf("Alex Morgan")).isEmpty();
    }

    /** Each demo account (or the visitor) with the addresses it opens. */
    private Map<String, List<String>> visitsByAccount() {
        WelshDemoIds ids = new WelshDemoIds(jdbc);
        Map<String, List<String>> visits = new LinkedHashMap<>();
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).as("routes").hasSizeGreaterThan(130);
        for (RouteData route : routes) {
            if (route.getTemplate().startsWith("test-only")) {
                continue; // views of other tests
            }
            for (String account : accountsFor(route.getNavigationTarget())) {
                Map<String, String> idsOf = ids.of(account);
                for (String location : ids.locations(route.getTemplate(), idsOf)) {
                    visits.computeIfAbsent(account, k -> new ArrayList<>()).add(location);
                }
            }
        }
        return visits;
    }

    static Set<String> accountsFor(Class<?> view) {
        Set<String> accounts = new LinkedHashSet<>();
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            accounts.add(ANONYMOUS);
        } else if (view.isAnnotationPresent(PermitAll.class)) {
            accounts.add("parent@example.com");
        } else if (view.isAnnotationPresent(RolesAllowed.class)) {
            for (String role : view.getAnnotation(RolesAllowed.class).value()) {
                accounts.addAll(ACCOUNTS_OF_ROLE.getOrDefault(role, List.of()));
            }
        }
        return accounts;
    }

    /** A new page load in Welsh for the account (a visitor's language cookie; no account here chose English). */
    private void openAs(String account) {
        SecurityContextHolder.clearContext();
        if (!ANONYMOUS.equals(account)) {
            // The person chose Cymraeg (an account's own choice wins over the cookie; an earlier test may have
            // kept English on a demo account at its sign-in).
            if (!chosenBefore.containsKey(account)) {
                chosenBefore.put(account, jdbc.query("SELECT language FROM account WHERE email = ?",
                        rs -> rs.next() ? rs.getString(1) : null, account));
            }
            jdbc.update("UPDATE account SET language = 'cy' WHERE email = ?", account);
            signInAs(account);
        }
        reloadPage(LanguageChoice.cookie(Language.WELSH, true));
    }

    /** The texts of the page: its layout (with the view inside) and anything else on the UI, such as a dialog. */
    static List<String> pageTexts() {
        List<Element> roots = new ArrayList<>();
        var targets = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        if (!targets.isEmpty()) {
            roots.add(targets.getLast().getElement());
        }
        UI.getCurrent().getChildren().map(c -> c.getElement()).filter(e -> !roots.contains(e)).forEach(roots::add);
        List<String> out = new ArrayList<>();
        roots.forEach(r -> collect(r, out));
        return out;
    }

    /** The texts people read or hear: text nodes, labels, hints, placeholders, ARIA labels, plain HTML. */
    static List<String> texts(Element root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Element e, List<String> out) {
        if (e.isTextNode()) {
            add(e.getText(), out);
            return;
        }
        for (String property : List.of("label", "helperText", "placeholder", "errorMessage", "title", "accessibleName")) {
            if (e.hasProperty(property) && e.getProperty(property) != null) {
                add(e.getProperty(property), out);
            }
        }
        for (String attribute : List.of("aria-label", "title", "alt", "label")) {
            if (e.hasAttribute(attribute)) {
                add(e.getAttribute(attribute), out);
            }
        }
        if (e.hasProperty("innerHTML") && e.getProperty("innerHTML") != null) {
            for (String part : e.getProperty("innerHTML").split("<[^>]*>")) {
                add(org.jsoup.parser.Parser.unescapeEntities(part, false), out);
            }
        }
        e.getChildren().forEach(c -> collect(c, out));
    }

    private static void add(String text, List<String> out) {
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
    }

    private static void report(Map<String, Integer> counts, List<String> log, Map<String, Set<String>> problems,
                               Set<String> looksEnglish) throws IOException {
        StringBuilder sb = new StringBuilder("Routes opened in Welsh, by account: ").append(counts).append("\n\n");
        problems.forEach((page, list) -> sb.append("PROBLEM ").append(page).append("\n    ")
                .append(String.join("\n    ", list)).append('\n'));
        sb.append("\nPages:\n").append(String.join("\n", log)).append("\n\nTexts that look English (data or hard-coded?):\n")
                .append(String.join("\n", looksEnglish)).append('\n');
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/welsh-routes.txt"), sb);
        System.out.println(sb.substring(0, Math.min(sb.length(), 20000)));
    }

    /** The English texts whose Welsh differs: what English fallback on a Welsh page would show. */
    record EnglishTexts(Map<String, String> exact, Map<Pattern, String> patterns) {
        static EnglishTexts load() throws IOException {
            var en = org.childmaintenance.base.TranslationTexts.load("en");
            var cy = org.childmaintenance.base.TranslationTexts.load("cy");
            Set<String> welsh = new java.util.HashSet<>(cy.values());
            Map<String, String> exact = new java.util.HashMap<>();
            Map<Pattern, String> patterns = new LinkedHashMap<>();
            en.forEach((key, text) -> {
                String shown = text.strip();
                if (shown.length() < 3 || shown.equals(cy.get(key)) || welsh.contains(shown)) {
                    return;
                }
                if (shown.matches("(?s).*\\{\\d[^}]*}.*")) {
                    String literal = shown.replaceAll("\\{\\d[^}]*}", "");
                    if (literal.replaceAll("\\W", "").length() >= 10) {
                        String regex = Arrays.stream(shown.replace("''", "'").split("\\{\\d[^}]*}", -1))
                                .map(Pattern::quote).reduce((a, b) -> a + ".+?" + b).orElse("");
                        patterns.put(Pattern.compile(regex, Pattern.DOTALL), key);
                    }
                } else {
                    for (String line : shown.split("\\R")) {
                        if (line.strip().length() >= 3 && !welsh.contains(line.strip())) {
                            exact.putIfAbsent(line.strip(), key);
                        }
                    }
                }
            });
            return new EnglishTexts(exact, patterns);
        }

        java.util.Optional<String> keyOf(String text) {
            String key = exact.get(text);
            if (key != null) {
                return java.util.Optional.of(key);
            }
            for (Map.Entry<Pattern, String> p : patterns.entrySet()) {
                if (p.getKey().matcher(text).matches()) {
                    return java.util.Optional.of(p.getValue());
                }
            }
            return java.util.Optional.empty();
        }
    }
}
