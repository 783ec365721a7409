package org.childmaintenance.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteBaseData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.ProblemView;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Hostile input everywhere a person can type (ASVS V1/V2 input handling): every text, number, money,
 * date, e-mail and password field of every page, filled with empty, very long, control-character,
 * script, SQL and out-of-range values and submitted with the page's primary button — and every field
 * of the estimate API. Never a server error; a refused submit shows a message and saves nothing.
 */
class BadInputTest extends KaribuTest {
    static final String LONG = "x".repeat(10_000);
    static final List<String> HOSTILE_TEXT = List.of("", LONG, "a\u0000b\u0007c\u001b[31m\r\n",
            "<script>alert(1)</script>", "' OR 1=1 --", "-1", "99999999999999");
    static final List<BigDecimal> HOSTILE_MONEY = List.of(new BigDecimal("-1"), new BigDecimal("99999999999999"),
            new BigDecimal("0.001"));
    static final List<LocalDate> HOSTILE_DATES = List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));

    /** Tables whose rows are the portal's records; a refused submit must leave their counts alone. */
    static final List<String> MAIN_TABLES = List.of("account", "cm_case", "cm_party", "cm_child", "cm_change",
            "cm_decision", "ledger_transaction", "msg_conversation", "msg_message", "msg_attachment",
            "family_arrangement", "family_arrangement_payment", "signposting_topic", "outreach_request", "outreach_slot");

    /** Pages where a submit may rightly change nothing and say nothing, with the reason (reviewed). */
    static final Map<String, String> NO_MESSAGE_EXPECTED = Map.of(
            "casework/messages", "the inbox filter: a search that matches nothing shows an empty list, not an error",
            "casework", "find a case: a search that matches nothing says 'No cases found' (too short or too long is a field error)");

    @Autowired JdbcTemplate jdbc;
    @Autowired WebApplicationContext web;
    @Autowired MatrixFixtures fixtures;

    record Problem(String page, String field, String value, String what) {
        @Override
        public String toString() {
            return page + " [" + field + " = " + shorten(value) + "]: " + what;
        }
    }

    @Test
    void every_page_field_survives_hostile_input_with_a_message_and_nothing_saved() throws InterruptedException {
        MatrixFixtures.World world = fixtures.build();
        SecurityContextHolder.clearContext();
        settle();
        List<String> urls = urls(world);
        List<Problem> problems = new ArrayList<>();
        Set<String> pagesWithFields = new TreeSet<>();
        Set<String> notOpened = new TreeSet<>();
        int submits = 0;
        long start = System.nanoTime();
        for (String url : urls) {
            AccessMatrixTest.Caller who = callerFor(url);
            List<String> fieldIds = openAs(world, who, url);
            if (fieldIds == null) {
                notOpened.add(url + " as " + who);
                continue;
            }
            if (fieldIds.isEmpty() || primary() == null) {
                continue;
            }
            pagesWithFields.add(url);
            for (int round = 0; round < HOSTILE_TEXT.size(); round++) {
                openAs(world, who, url);
                Map<String, Long> before = counts();
                before.put("#page", (long) signature().hashCode());
                String location = location();
                String value = fillAll(round);
                Button primary = primary();
                if (primary == null || !primary.isEnabled()) {
                    continue;
                }
                submits++;
                try {
                    ButtonKt._click(primary);
                } catch (Throwable e) {
                    problems.add(new Problem(url, "(all)", value, "uncaught " + e));
                    continue;
                }
                if (onProblemPage()) {
                    problems.add(new Problem(url, "(all)", value, "problem page"));
                    continue;
                }
                if (!location().equals(location) || (long) signature().hashCode() != before.get("#page")) {
                    continue; // accepted: the journey moved on (hostile text is kept as text, never markup)
                }
                Map<String, Long> after = counts();
                after.put("#page", before.get("#page"));
                boolean message = showsAMessage();
                if (message && !after.equals(before)) {
                    problems.add(new Problem(url, "(all)", value, "refused but saved: " + before + " -> " + after));
                } else if (!message && after.equals(before) && !NO_MESSAGE_EXPECTED.containsKey(url)) {
                    problems.add(new Problem(url, "(all)", value, "stayed on the page with no message and saved nothing"));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BAD INPUT: %d routes visited, %d pages with fields, %d hostile submits in %.1f s%n",
                urls.size(), pagesWithFields.size(), submits, seconds);
        pagesWithFields.forEach(p -> System.out.println("  with fields: " + p));
        notOpened.forEach(p -> System.out.println("  did not open (refused, redirected or unknown parameter): " + p));
        problems.forEach(p -> System.out.println("  PROBLEM " + p));
        assertThat(pagesWithFields).as("pages with fields reached").hasSizeGreaterThan(10);
        assertThat(problems).as("pages that mishandle hostile input").isEmpty();
    }

    @Test
    void every_estimate_api_field_answers_hostile_values_with_a_4xx_and_a_message_never_a_5xx() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).build();
        List<String> fields = List.of("gross_weekly_income", "gross_annual_income", "pension_contributions",
                "benefit_flat_rate", "nil_rate_category", "relevant_other_children", "other_arrangement_children",
                "monthly_equivalent_requested", "rp.id", "child.id", "child.shared_care_nights");
        List<String> values = new ArrayList<>();
        for (String v : HOSTILE_TEXT) {
            values.add(quote(v));
        }
        values.addAll(List.of("-1", "99999999999999", "1e400", "-0.001", "null", "[]", "{}", "true",
                "99999999999999999999999999999"));
        List<String> problems = new ArrayList<>();
        int requests = 0;
        for (String field : fields) {
            for (String value : values) {
                String body = estimateBody(field, value);
                MockHttpServletResponse r = mvc.perform(post("/api/v1/estimates")
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                requests++;
                String text = r.getContentAsString();
                if (r.getStatus() >= 500) {
                    problems.add(field + "=" + shorten(value) + ": " + r.getStatus());
                } else if (r.getStatus() >= 400 && !(text.contains("\"errors\"") && text.contains("\"message\""))) {
                    problems.add(field + "=" + shorten(value) + ": " + r.getStatus() + " without a message: " + shorten(text));
                } else if (r.getStatus() == 200 && isClearlyInvalid(field, value)) {
                    problems.add(field + "=" + shorten(value) + ": accepted");
                }
            }
        }
        System.out.printf("BAD INPUT API: %d fields x %d values = %d requests%n", fields.size(), values.size(), requests);
        problems.forEach(p -> System.out.println("  PROBLEM " + p));
        assertThat(problems).as("estimate API answers to hostile values").isEmpty();
    }

    /** Negative money, text in a number or a count, and unknown categories are never valid. */
    private static boolean isClearlyInvalid(String field, String value) {
        boolean money = field.contains("income") || field.contains("pension");
        boolean count = field.contains("children") || field.contains("nights");
        if ((money || count) && (value.equals("-1") || value.equals("-0.001") || value.equals("1e400"))) {
            return true;
        }
        if ((money || count) && value.startsWith("\"") && !value.equals("\"-1\"") && !value.equals("\"99999999999999\"")
                && !value.equals("\"\"")) {
            return true;
        }
        return (field.equals("benefit_flat_rate") || field.equals("nil_rate_category"))
                && value.startsWith("\"") && !value.equals("\"\"");
    }

    private static String estimateBody(String field, String value) {
        Map<String, String> top = new LinkedHashMap<>();
        top.put("gross_weekly_income", "\"450.00\"");
        String rpId = "\"RP1\"";
        String childId = "\"C1\"";
        String nights = "0";
        switch (field) {
            case "rp.id" -> rpId = value;
            case "child.id" -> childId = value;
            case "child.shared_care_nights" -> nights = value;
            default -> top.put(field, value);
        }
        StringBuilder b = new StringBuilder("{");
        top.forEach((k, v) -> b.append('"').append(k).append("\": ").append(v).append(", "));
        b.append("\"receiving_parents\": [{\"id\": ").append(rpId).append(", \"children\": [{\"id\": ")
                .append(childId).append(", \"shared_care_nights\": ").append(nights).append("}]}]}");
        return b.toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    // ---- pages ----

    /** Every route with its parameters filled from case A's objects (owner's side). */
    private List<String> urls(MatrixFixtures.World world) {
        Set<String> out = new LinkedHashSet<>();
        Map<String, Object> ids = world.a.ids();
        for (String template : templates()) {
            String url = template
                    .replaceAll(":caseId\\??(\\([^)]*\\))?", String.valueOf(ids.get("caseId")))
                    .replaceAll(":conversationId\\??(\\([^)]*\\))?", String.valueOf(ids.get("conversationId")))
                    .replaceAll(":legacyCaseId\\??(\\([^)]*\\))?", String.valueOf(ids.get("legacyCaseId")))
                    .replaceAll(":id(\\([^)]*\\))?", String.valueOf(ids.get("arrangementId")));
            if (url.contains(":step")) {
                for (org.childmaintenance.cases.ApplyStep s : org.childmaintenance.cases.ApplyStep.values()) {
                    out.add(url.replace(":step", s.slug()));
                }
                continue;
            }
            if (url.contains(":kind")) {
                for (org.childmaintenance.cases.ChangeKind k : org.childmaintenance.cases.ChangeKind.values()) {
                    out.add(url.replace(":kind", k.slug()));
                }
                continue;
            }
            if (url.contains(":slug")) {
                continue;
            }
            out.add(url);
        }
        return new ArrayList<>(out);
    }

    private static List<String> templates() {
        return com.vaadin.flow.server.VaadinService.getCurrent().getRouter().getRegistry().getRegisteredRoutes()
                .stream().map(RouteBaseData::getTemplate).sorted().toList();
    }

    private static AccessMatrixTest.Caller callerFor(String url) {
        if (url.startsWith("casework") || url.startsWith("back-office")) {
            return AccessMatrixTest.Caller.CASEWORKER;
        }
        if (url.startsWith("employer")) {
            return AccessMatrixTest.Caller.EMPLOYER_USER;
        }
        if (url.startsWith("partner")) {
            return AccessMatrixTest.Caller.PARTNER_USER;
        }
        if (Set.of("sign-in", "register", "forgot-password", "reset-password", "verify-email", "sign-in/code")
                .contains(url)) {
            return AccessMatrixTest.Caller.NOBODY;
        }
        return AccessMatrixTest.Caller.OWNER;
    }

    /** Opens the page as that person; the ids of its fillable fields, or null if it did not open. */
    private List<String> openAs(MatrixFixtures.World world, AccessMatrixTest.Caller who, String url) {
        world.signIn(who);
        try {
            int q = url.indexOf('?');
            if (q < 0) {
                UI.getCurrent().navigate(url);
            } else {
                UI.getCurrent().navigate(url.substring(0, q),
                        com.vaadin.flow.router.QueryParameters.fromString(url.substring(q + 1)));
            }
        } catch (RuntimeException e) {
            return null;
        }
        if (onProblemPage()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (Component c : fields()) {
            ids.add(c.getId().orElse(c.getClass().getSimpleName()));
        }
        return ids;
    }

    private static List<Component> fields() {
        return _find(Component.class, spec -> spec.withPredicate(c -> c instanceof TextField || c instanceof TextArea
                || c instanceof NumberField || c instanceof IntegerField || c instanceof BigDecimalField
                || c instanceof DatePicker || c instanceof EmailField || c instanceof PasswordField));
    }

    /** Puts hostile value number {@code round} in every field (of the field's kind); says what was typed. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String fillAll(int round) {
        String text = HOSTILE_TEXT.get(round);
        for (Component c : fields()) {
            try {
                if (c instanceof BigDecimalField f) {
                    HasValueUtilsKt._setValue(f, HOSTILE_MONEY.get(round % HOSTILE_MONEY.size()));
                } else if (c instanceof NumberField f) {
                    HasValueUtilsKt._setValue(f, round % 2 == 0 ? -1.0 : 99999999999999.0);
                } else if (c instanceof IntegerField f) {
                    HasValueUtilsKt._setValue(f, round % 2 == 0 ? -1 : Integer.MAX_VALUE);
                } else if (c instanceof DatePicker f) {
                    HasValueUtilsKt._setValue(f, HOSTILE_DATES.get(round % HOSTILE_DATES.size()));
                } else if (c instanceof HasValue f) {
                    HasValueUtilsKt._setValue((HasValue) f, text);
                }
            } catch (IllegalStateException | IllegalArgumentException notEditable) {
                // read-only or hidden: a person could not type there either
            }
        }
        return text;
    }

    private static Button primary() {
        List<Button> found = _find(Button.class, spec -> spec.withPredicate(
                b -> b.getThemeNames().contains("primary")));
        return found.isEmpty() ? null : found.getFirst();
    }

    private static boolean showsAMessage() {
        boolean summary = _find(ErrorSummary.class).stream().anyMatch(s -> s.isVisible() && !s.messages().isEmpty());
        // any question can carry the message: text fields, and radio or checkbox questions beside them
        boolean field = _find(Component.class, spec -> spec.withPredicate(c -> c instanceof HasValidation)).stream()
                .anyMatch(c -> c instanceof HasValidation v && v.isInvalid()
                && v.getErrorMessage() != null && !v.getErrorMessage().isBlank());
        return summary || field;
    }

    private static boolean onProblemPage() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .anyMatch(t -> t instanceof ProblemView);
    }

    /** What the person sees as the page: its heading and which fields it asks for. */
    private static String signature() {
        String h1 = _find(com.vaadin.flow.component.html.H1.class).stream().map(h -> h.getText())
                .findFirst().orElse("");
        return h1 + "|" + fields().stream().map(c -> c.getId().orElse("?")).toList();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** Waits (at most 10 s) until listeners that run after the fixtures' commits have finished writing. */
    private void settle() throws InterruptedException {
        Map<String, Long> last = counts();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(500);
            Map<String, Long> now = counts();
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : MAIN_TABLES) {
            // (the "#page" entry added by the caller is compared separately)
            out.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class));
        }
        return out;
    }

    static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…(" + clean.length() + ")" : clean;
    }
}
