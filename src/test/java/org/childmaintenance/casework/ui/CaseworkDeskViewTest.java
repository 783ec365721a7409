package org.childmaintenance.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.Ui;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The casework desk: queues with counts and ages, finding a case, the case page with notes; nobody else gets in. */
class CaseworkDeskViewTest extends KaribuTest {
    @Autowired CaseFixtures fx;
    @Autowired JdbcTemplate jdbc;

    private CaseFixtures.Linked linked() {
        return fx.linkedCase(List.of(CaseFixtures.kid("Desk", LocalDate.now(clock).minusYears(6))), ServiceType.DIRECT_PAY);
    }

    private static String html(String id) {
        return byId(id).getElement().getOuterHTML();
    }

    @Test
    void the_desk_lists_every_queue_with_its_count_and_oldest_item_oldest_first() {
        CaseFixtures.Linked c = linked();
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(DeskView.class);
        assertThat(h1()).isEqualTo("Casework desk");
        String queues = html("desk-queues");
        assertThat(queues).contains("Waiting for the paying parent's details", "Messages waiting for an answer",
                "Messages assigned to me", "Employer tasks", "E-mails and texts we could not send",
                "Direct Pay payments reported as missed", "Requests to close a case", "Parentage disputes",
                "Finding the other parent", "Possible duplicate applications", "Enforcement actions due a next step");
        assertThat(queues).contains("href=\"casework/messages\"", "href=\"casework/cases\"", "href=\"casework/deductions\"",
                "href=\"casework/could-not-send\"", "href=\"casework/payments\"");
        // the case just linked waits for the paying parent's details: that queue has at least one item
        assertThat(queues.indexOf("Waiting for the paying parent's details")).isGreaterThan(0);
        assertThat(_get(Paragraph.class, p -> p.withId("desk-assignment")).getText()).contains(
                "Messages, reconsiderations, complaints, Options requests and enforcement actions due a next step can be assigned");
        int count = jdbc.queryForObject("select count(*) from audit_entry where action = 'CASEWORK_DESK_VIEWED'", Integer.class);
        assertThat(count).isPositive();
        assertThat(c.reference()).isNotBlank();
    }

    @Test
    void a_caseworker_finds_a_case_by_reference_email_or_name_and_sees_only_what_picks_it() {
        CaseFixtures.Linked c = linked();
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(DeskView.class);

        type("term", c.reference());
        click("find");
        String results = html("results-table");
        assertThat(results).contains(c.reference(), "rp Parent", "Waiting for the paying parent")
                .doesNotContain("1 Test Street").doesNotContain("12345678");

        type("term", c.receivingEmail().toUpperCase());
        click("find");
        assertThat(html("results-table")).contains(c.reference());

        type("term", "northfield foods");
        click("find");
        assertThat(byId("results-table").getElement().getOuterHTML()).as("cases with the demo employer's orders")
                .contains("result-");

        type("term", "zz-nobody-" + System.nanoTime());
        click("find");
        assertThat(_get(Paragraph.class, p -> p.withId("no-results")).getText()).startsWith("No case matches");

        type("term", "x");
        click("find");
        assertThat(Ui.summaryMessages()).containsExactly("Enter at least 2 characters to find a case");
        assertThat(Ui.errorOf("term")).isEqualTo("Enter at least 2 characters to find a case");
    }

    @Test
    void the_audit_keeps_search_words_masked_so_no_ni_number_or_name_is_stored() {
        CaseFixtures.Linked c = linked();
        jdbc.update("update cm_party set ni_number = 'QQ123456C' where case_id = ? and role = 'RECEIVING'", c.caseId());
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(DeskView.class);
        type("term", "QQ 12 34 56 C");
        click("find");
        assertThat(html("results-table")).contains(c.reference());
        type("term", "rp Parent");
        click("find");

        List<String> details = jdbc.queryForList("select detail from audit_entry where action = 'CASEWORK_CASE_SEARCH'"
                + " and actor_label = 'caseworker@example.com' order by id desc limit 2", String.class);
        assertThat(details).hasSize(2);
        assertThat(details.get(1)).startsWith("NI number QQ*******").doesNotContain("123456");
        assertThat(details.get(0)).startsWith("words r* P*****").doesNotContain("Parent");
    }

    @Test
    void the_case_page_shows_every_section_and_notes_are_kept_for_casework_only() {
        CaseFixtures.Linked c = linked();
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/case/" + c.caseId());
        assertThat(h1()).isEqualTo("Case " + c.reference());
        for (String s : List.of("parties", "children", "decisions", "schedule", "ledger", "documents", "messages",
                "disputes", "representatives", "enforcement", "notes", "ledger-actions", "audit")) {
            assertThat(_find(com.vaadin.flow.component.html.H2.class, h -> h.withId("section-" + s))).as(s).hasSize(1);
        }
        assertThat(html("party-receiving")).contains("rp Parent", c.receivingEmail(), "1 Test Street");
        assertThat(_find(com.vaadin.flow.component.html.Span.class, s -> s.withId("safety-flag-receiving"))).isEmpty();

        click("add-note");
        assertThat(Ui.summaryMessages()).containsExactly("Enter the note");

        type("note", "Rang the paying parent: will send payslips.");
        click("add-note");
        assertThat(byId("notes").getElement().getOuterHTML()).contains("Chris Evans: Rang the paying parent: will send payslips.");
        assertThat(html("audit-trail")).contains("CASEWORK_NOTE_ADDED", "CASEWORK_CASE_VIEWED");
    }

    @Test
    void the_demo_case_page_shows_its_reconsideration_complaint_and_representative_as_the_parents_pages_do() {
        long demo = jdbc.queryForObject("select id from cm_case where reference = '121000000001'", Long.class);
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/case/" + demo);
        String disputes = byId("case-disputes").getElement().getTextRecursively();
        assertThat(disputes).contains("Reconsideration", "Asked for by the paying parent", "Complaint CMP-", "A delay");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, a -> a.withId("case-reconsideration-"
                + jdbc.queryForObject("select min(id) from dsp_reconsideration where case_id = ?", Long.class, demo))))
                .hasSize(1);
        assertThat(byId("case-representatives").getElement().getTextRecursively())
                .contains("Jordan Lee", "Alex Morgan", "see and report changes", "Active");
        assertThat(((com.vaadin.flow.component.html.Anchor) byId("payments-link")).getHref()).isEqualTo("payments/" + demo);
        // the demo desk has a parentage dispute waiting (case 121000000202)
        assertThat(jdbc.queryForObject("select status from cm_case where reference = '121000000202'", String.class))
                .isEqualTo("PARENTAGE_DISPUTED");
        UI.getCurrent().navigate(DeskView.class);
        assertThat(html("desk-queues")).contains("Parentage disputes");
    }

    @Test
    void the_demo_ladder_has_a_case_in_arrears_with_a_deo_due_a_next_step_and_one_with_a_deduction_order_in_progress() {
        long sam = jdbc.queryForObject("select id from cm_case where reference = '121000000001'", Long.class);
        long lee = jdbc.queryForObject("select id from cm_case where reference = '121000000203'", Long.class);
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/case/" + sam);
        assertThat(html("enforcement-actions")).contains("Deduction from earnings order: Northfield Foods Ltd", "£50.00",
                "Active", "(due now)");
        UI.getCurrent().navigate("casework/case/" + lee);
        assertThat(html("enforcement-actions")).contains("Regular deduction order (bank account)", "£45.00 a week", "£50.00",
                "Active");
        assertThat(html("warnings-sent")).as("warned first").contains("£");
        UI.getCurrent().navigate(EnforcementQueueView.class);
        assertThat(html("enforcement-due")).contains("121000000001").doesNotContain("121000000203");

        // Every demo page tells the same story: the employer's order is the paying parent's ladder step.
        signInAs("other.parent@example.com");
        UI.getCurrent().navigate("case/" + sam + "/enforcement");
        assertThat(html("enforcement-actions")).contains("Deduction from earnings order: Northfield Foods Ltd", "£50.00");
        signInAs("lee.fletcher@example.com");
        UI.getCurrent().navigate("case/" + lee + "/enforcement");
        assertThat(html("enforcement-actions")).contains("Regular deduction order (bank account)", "£50.00");
        signInAs("kim.fletcher@example.com");
        UI.getCurrent().navigate("case/" + lee + "/enforcement");
        assertThat(_get(Paragraph.class, p -> p.withId("enforcement-status")).getText())
                .startsWith("We are taking action to collect missed payments");
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("£50.00").doesNotContain("Regular deduction");
    }

    @Test
    void a_caseworker_signs_a_party_out_on_every_device() {
        CaseFixtures.Linked c = linked();
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/case/" + c.caseId());
        click("end-sessions-receiving");
        assertThat(byId("case-message").getElement().getText())
                .isEqualTo("rp Parent has been signed out on every device and must sign in again.");
        assertThat(jdbc.queryForObject("select sessions_valid_after is not null from account where email = ?", Boolean.class,
                c.receivingEmail())).isTrue();
        assertThat(jdbc.queryForObject("select sessions_valid_after is null from account where email = ?", Boolean.class,
                c.payingEmail())).as("the other party is not touched").isTrue();
    }

    @Test
    void a_safety_flag_is_marked_and_opening_the_record_is_audited() {
        CaseFixtures.Linked c = linked();
        jdbc.update("update cm_party set safety_flag = true where case_id = ? and role = 'RECEIVING'", c.caseId());
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/case/" + c.caseId());
        assertThat(byId("safety-flag-receiving").getElement().getText()).startsWith("Safety flag");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CASEWORK_FLAGGED_RECORD_VIEWED'"
                + " and subject_id = ?", Integer.class, Long.toString(c.caseId()))).isEqualTo(1);
    }

    @Test
    void parents_employers_and_representatives_reach_none_of_it() {
        CaseFixtures.Linked c = linked();
        for (String who : List.of("parent@example.com", "payroll@example.com", "representative@example.com")) {
            signInAs(who);
            UI.getCurrent().navigate(DeskView.class);
            _get(AccessDeniedView.class);
            UI.getCurrent().navigate("casework/case/" + c.caseId());
            _get(AccessDeniedView.class);
        }
        fx.signIn(c.receivingEmail());
        UI.getCurrent().navigate("casework/case/" + c.caseId());
        _get(AccessDeniedView.class);
    }
}
