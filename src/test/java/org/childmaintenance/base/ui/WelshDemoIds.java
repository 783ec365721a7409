package org.childmaintenance.base.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childmaintenance.cases.ApplyStep;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.options.Eligibility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo data's ids each demo person can open, for the route parameters of {@link WelshRoutesViewTest}: the
 * parent's own case and arrangement, the representative's client, the employer's orders, any item for staff.
 */
final class WelshDemoIds {
    private static final Pattern PARAMETER = Pattern.compile("^:([A-Za-z_]+)(\\?)?(?:\\(.*\\))?$");
    private final JdbcTemplate jdbc;

    WelshDemoIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Parameter name to a demo id (as text) for the account ("anonymous" has none). */
    Map<String, String> of(String account) {
        Map<String, String> ids = new HashMap<>();
        String slug = jdbc.queryForObject("select min(slug) from signposting_topic", String.class);
        if (slug != null) {
            ids.put("slug", slug);
        }
        if (WelshRoutesViewTest.ANONYMOUS.equals(account)) {
            return ids;
        }
        String parent = "parent@example.com";
        Long caseId = first("select min(p.case_id) from cm_party p join account a on a.id = p.account_id where a.email = ?", account);
        if (caseId == null) {
            caseId = first("select min(r.case_id) from representation r join account a on a.id = r.representative_account_id"
                    + " where a.email = ?", account);
        }
        if (caseId == null) {
            caseId = first("select min(o.case_id) from deo_order o join account a on a.organisation_id = o.organisation_id"
                    + " where a.email = ?", account);
        }
        if (caseId == null) {
            caseId = first("select min(p.case_id) from cm_party p join account a on a.id = p.account_id where a.email = ?", parent);
        }
        put(ids, "caseId", caseId);
        put(ids, "arrangement", firstOf(
                "select min(f.id) from family_arrangement f join account a on a.id in (f.creator_account_id, f.other_account_id)"
                        + " where a.email = ?", account, "select min(id) from family_arrangement"));
        put(ids, "complaint", firstOf("select min(c.id) from dsp_complaint c join account a on a.id = c.account_id where a.email = ?",
                account, "select min(id) from dsp_complaint"));
        put(ids, "reconsideration", caseId == null ? null : firstOf(
                "select min(id) from dsp_reconsideration where case_id = ?", caseId, "select min(id) from dsp_reconsideration"));
        put(ids, "decisionId", caseId == null ? null : first("select max(id) from cm_decision where case_id = ?", caseId));
        put(ids, "accountId", first("select min(b.id) from account a join account b on b.organisation_id = a.organisation_id"
                + " and b.id <> a.id where a.email = ?", account));
        put(ids, "orderId", firstOf("select min(o.id) from deo_order o join account a on a.organisation_id = o.organisation_id"
                + " where a.email = ?", account, "select min(id) from deo_order"));
        put(ids, "conversationId", firstOf("select min(c.id) from msg_conversation c join account a"
                + " on a.id = c.party_account_id or a.organisation_id = c.organisation_id where a.email = ?", account,
                "select min(id) from msg_conversation"));
        put(ids, "helpRequestId", firstOf("select min(r.id) from outreach_request r join account a on a.id = r.account_id"
                + " where a.email = ?", account, "select min(id) from outreach_request"));
        put(ids, "referralId", firstOf("select min(id) from outreach_request where kind like ?", "%REFER%",
                "select min(id) from outreach_request"));
        put(ids, "representationId", first("select min(r.id) from representation r join account a"
                + " on a.id = r.representative_account_id where a.email = ?", account));
        put(ids, "legacyCaseId", firstOf("select min(p.legacy_case_id) from legacy_party p join account a on a.id = p.account_id"
                + " where a.email = ?", account, "select min(id) from legacy_case"));
        return ids;
    }

    /**
     * The addresses to open for a route template: its parameters filled from the ids (an optional one left out
     * when there is none); an apply step or a change to report opens every one.
     */
    List<String> locations(String template, Map<String, String> ids) {
        List<String> locations = new ArrayList<>(List.of(""));
        for (String segment : template.split("/")) {
            Matcher m = PARAMETER.matcher(segment);
            List<String> values;
            if (!m.matches()) {
                values = List.of(segment);
            } else {
                String name = m.group(1);
                boolean optional = m.group(2) != null;
                String value = ids.get(idName(template, name));
                values = switch (name) {
                    case "step" -> Arrays.stream(ApplyStep.values()).map(ApplyStep::slug).toList();
                    case "kind" -> Arrays.stream(ChangeKind.values()).map(ChangeKind::slug).toList();
                    case "___url_parameter" -> Arrays.stream(Eligibility.values())
                            .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
                    default -> value != null ? List.of(value) : optional ? List.of() : List.of("1");
                };
            }
            List<String> next = new ArrayList<>();
            for (String start : locations) {
                if (values.isEmpty()) {
                    next.add(start);
                }
                for (String v : values) {
                    next.add(start.isEmpty() ? v : start + "/" + v);
                }
            }
            locations = next;
        }
        return locations;
    }

    private static String idName(String template, String parameter) {
        if (!"id".equals(parameter)) {
            return parameter;
        }
        if (template.startsWith("arrangement")) {
            return "arrangement";
        }
        return template.contains("complaints") ? "complaint" : "reconsideration";
    }

    private static void put(Map<String, String> ids, String name, @Nullable Long id) {
        if (id != null) {
            ids.put(name, id.toString());
        }
    }

    private @Nullable Long first(String sql, Object arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }

    private @Nullable Long firstOf(String sql, Object arg, String otherwise) {
        Long id = first(sql, arg);
        return id != null ? id : jdbc.queryForObject(otherwise, Long.class);
    }
}
